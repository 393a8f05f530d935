// Writes snippets/*.code-snippets from the built-in catalogue. Run: npm run snippets
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalogue } from '../core/catalogue/catalogue';
import { snippetFiles } from '../core/catalogue/snippets';

const dir = join(process.cwd(), 'snippets');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(snippetFiles(builtinCatalogue()))) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote snippets/${name}`);
}
