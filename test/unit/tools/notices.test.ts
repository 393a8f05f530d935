import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { inputsOf, noticesText, packageDirs } from '../../../src/tools/third-party-notices';

describe('THIRD-PARTY-NOTICES.md', () => {
  it('is current: the licences of the packages esbuild bundles into the extension (run `npm run notices`)', () => {
    assert.equal(readFileSync(join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8'), noticesText(ROOT, inputsOf(ROOT)));
  });

  it('names the packages that reach the extension bundles, with their licence text', () => {
    const text = readFileSync(join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['js-yaml', 'pdfmake', 'pdfkit', 'ajv', 'unified', 'i18n-iso-countries', 'dejavu-fonts-ttf']) assert.match(text, new RegExp(`^## ${name} `, 'm'), name);
    assert.doesNotMatch(text, /^## (mocha|typescript|esbuild|@vscode\/vsce) /m, 'build and test tools are not bundled');
    assert.match(text, /Permission is hereby granted, free of charge/);
  });

  it('finds the package of each input, scoped and nested ones too', () => {
    const dirs = packageDirs([
      'src/core/index.ts',
      'node_modules/js-yaml/dist/js-yaml.mjs',
      'node_modules/js-yaml/index.js',
      'node_modules/@noble/hashes/esm/sha256.js',
      'node_modules/fontkit/node_modules/base64-js/index.js',
    ]);
    assert.deepEqual(dirs, ['node_modules/@noble/hashes', 'node_modules/fontkit/node_modules/base64-js', 'node_modules/js-yaml']);
  });
});
