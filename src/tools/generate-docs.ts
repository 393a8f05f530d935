// Regenerates the rule reference in README.md and the `dpia.rules` setting (package.json and its
// package.nls*.json texts) from src/core/rules. Run: npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './rule-docs';

const root = process.cwd();
const read = (p: string) => readFileSync(join(root, p), 'utf8');
for (const [path, text] of Object.entries(generatedFiles(read))) {
  if (read(path) === text) continue;
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
