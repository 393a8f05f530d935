// Writes THIRD-PARTY-NOTICES.md. Run: npm run notices (builds first).
import { writeFileSync } from 'node:fs';
import { inputsOf, noticesText } from './third-party-notices';

const root = process.cwd();
writeFileSync(`${root}/THIRD-PARTY-NOTICES.md`, noticesText(root, inputsOf(root)));
console.log('THIRD-PARTY-NOTICES.md written');
