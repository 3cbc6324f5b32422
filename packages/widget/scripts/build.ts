// `pnpm build`: writes the bundles, then checks the size budget (so a build that is too big fails).
import { buildBundles } from './bundle.js';
import { checkSize } from './size.js';

await buildBundles();
if (!checkSize()) process.exit(1);
