import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfWords, renderPdf } from './pdf-tools';
import { ROOT } from '../helpers';

describe('PDF: the data inventory section (rendered, read back with poppler)', () => {
  it('the Teams example PDF lists its data categories and purposes', async function () {
    this.timeout(60000);
    const text = readFileSync(join(ROOT, 'templates', 'examples', 'teams-onedrive-sharepoint.dpia.md'), 'utf8');
    const words = pdfWords(await renderPdf(text));
    assert.match(words, /Data inventory/);
    for (const id of ['D-DIAG', 'D-CONTENT', 'D-ACCOUNT', 'P-COLLAB', 'P-OPERATE']) assert.ok(words.includes(id), id);
    assert.match(words, /P30D/);
  });
});
