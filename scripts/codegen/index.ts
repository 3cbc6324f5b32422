// `pnpm codegen` writes every file derived from openapi.yaml; `pnpm codegen --check` fails
// when a committed file differs from what the spec generates (the CI drift check); `pnpm codegen
// --fix` first adds to openapi.yaml the common responses an operation is missing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { documentFile, errorsFile, operationsFile, schemasFile, validatorsFile } from './contract.ts';
import { specProblems, withCommonResponses } from './rules.ts';
import { HEADER, loadSpec } from './spec.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = join(root, 'openapi.yaml');
if (process.argv.includes('--fix')) {
  writeFileSync(specPath, withCommonResponses(readFileSync(specPath, 'utf8'), loadSpec(specPath)));
}
const spec = loadSpec(specPath);
const contractDir = join(root, 'packages/contract/src/generated');

const problems = specProblems(spec);
if (problems.length) {
  // `pnpm codegen --fix` adds the missing common responses; the other rules need a person.
  console.error(
    `openapi.yaml breaks ${problems.length} house rule(s) (scripts/codegen/rules.ts):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}

const files = new Map<string, string>();
const ast = await openapiTS(spec.document as never, {
  alphabetize: false,
  exportType: false,
  defaultNonNullable: false,
});
files.set(join(contractDir, 'openapi.ts'), HEADER('openapi.yaml') + astToString(ast));
files.set(join(contractDir, 'schemas.ts'), schemasFile(spec));
files.set(join(contractDir, 'validators.ts'), validatorsFile(spec));
files.set(join(contractDir, 'operations.ts'), operationsFile(spec));
files.set(join(contractDir, 'document.ts'), documentFile(spec));
files.set(join(contractDir, 'errors.ts'), errorsFile(spec));

// Further generators register themselves here (the SDK's resources, for one).
const sdkGenerator = join(root, 'scripts/codegen/sdk.ts');
if (existsSync(sdkGenerator)) {
  const { sdkFiles } = (await import('./sdk.ts')) as {
    sdkFiles: (s: typeof spec, root: string) => Map<string, string>;
  };
  for (const [file, content] of sdkFiles(spec, root)) files.set(file, content);
}

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [file, content] of files) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === content) continue;
  if (check) stale.push(relative(root, file));
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${relative(root, file)}`);
  }
}
if (check) {
  if (stale.length) {
    console.error(`Generated files are stale; run \`pnpm codegen\` and commit:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`codegen: ${files.size} generated files match openapi.yaml`);
}
