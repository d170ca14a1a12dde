// Bare specifiers from ESM: exports conditions pick "default" (not "require"), subpaths and patterns.
import { results } from './fixtures/deep/esm-packages.mjs';
for (const [k, v] of Object.entries(results)) console.log(k, '->', v);
try {
  await import('pkg-c');
  console.log('pkg-c visible from the test folder');
} catch (e) {
  console.log('pkg-c from test folder', e.code);
}
