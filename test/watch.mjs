// `npm run test:watch [-- WORD ...]`: runs the in-process unit tests (or only the files whose path
// contains a WORD) again whenever a file under src/, test/, schemas/ or templates/ changes.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const args = ['test/run-all.mjs', '--fast', ...process.argv.slice(2)];
let child;
let timer;
let again = false;

function run() {
  if (child) return void (again = true);
  console.clear();
  child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', () => {
    child = undefined;
    console.log('\nwatching src/, test/, schemas/, templates/ (Ctrl+C to stop)');
    if (again) {
      again = false;
      run();
    }
  });
}

for (const dir of ['src', 'test', 'schemas', 'templates']) {
  watch(join(root, dir), { recursive: true }, (_event, name) => {
    if (!name || /(^|[\\/])(out|dist)[\\/]/.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
}
run();
