// Imported first by the entry points, so an unsupported Node.js is refused in one line before
// anything else loads (and fails further in for a reason nobody would guess). The same check runs
// before install (scripts/check-node.mjs); keep both in step with `engines` in package.json.
export const REQUIRED_NODE = '22.12';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Igny8 needs Node.js >= ${REQUIRED_NODE} (24 LTS recommended); this is ${process.version}. ` +
      'Install Node 24 (nvm install 24, fnm install 24, or https://nodejs.org), put it first on PATH, and run the command again.',
  );
  process.exit(1);
}
