import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The folder SARIF and GitLab paths are relative to: `--base DIR` (relative to the working folder),
 * else the nearest folder upwards holding `.git` (a folder, or a file in a worktree or submodule),
 * else the working folder. Found without running git.
 */
export function reportBase(cwd: string, base?: string): string {
  if (base !== undefined) return resolve(cwd, base);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
