// Run before install and before the tests: refuses an unsupported Node.js in one line, before
// anything fails further in for a reason nobody would guess. Plain JavaScript on purpose, so any
// Node that can start can run it. The server's entry points check the same (src/node-version.ts);
// keep both in step with `engines` in package.json.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Igny8 needs Node.js >= 22.12 (24 LTS recommended); this is ${process.version}. ` +
      'Install Node 24 (nvm install 24, fnm install 24, or https://nodejs.org), put it first on PATH, and run the command again.',
  );
  process.exit(1);
}
