import { closeSync, fstatSync, fsyncSync, lstatSync, openSync, renameSync, statSync, unlinkSync, writeSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A write refused or failed; its message is one line for the user (no stack trace). */
export class WriteError extends Error {}

export interface AtomicWriteOptions {
  /** Files the output must not be (the command's input): compared by device and inode, so links count. */
  notOnto?: string[];
  /** Writes bytes to an open descriptor; replaced in tests to simulate a full disk. */
  write?: (fd: number, bytes: Uint8Array) => void;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOENT: 'the folder does not exist',
    EISDIR: 'is a folder',
    EIO: 'input/output error',
  };
  return (err.code && known[err.code]) ?? (err.code ? `${err.code}` : String(err.message ?? e).split('\n')[0]);
}

/**
 * Throws a WriteError when `target` must not be written: a symbolic link, not a regular file, or one
 * of `notOnto` (same device and inode). Returns the target's current status (undefined: no file yet).
 * Commands call it before doing the work, writeFileAtomic again just before writing.
 */
export function assertWritable(target: string, notOnto: string[] = []) {
  let existing;
  try {
    existing = lstatSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(`cannot write ${target}: ${reason(e)}`);
  }
  if (existing?.isSymbolicLink()) throw new WriteError(`refusing to write ${target}: it is a symbolic link`);
  if (existing && !existing.isFile()) throw new WriteError(`refusing to write ${target}: not a regular file`);
  for (const input of notOnto) {
    let st;
    try {
      st = statSync(input);
    } catch {
      continue;
    }
    if (existing && st.dev === existing.dev && st.ino === existing.ino) throw new WriteError(`refusing to write ${target}: it is the input file (or a link to it)`);
  }
  return existing;
}

/**
 * Writes a file atomically: the bytes go to a temporary file in the same folder, are flushed to disk
 * (fsync), and then renamed over the target, so a full disk or a crash leaves the old file whole.
 * Refuses to write through a symbolic link, onto a non-regular file, or onto any of `notOnto`
 * (same device and inode: the input under another name, a hard link or a link to it).
 */
export function writeFileAtomic(target: string, bytes: Uint8Array | string, o: AtomicWriteOptions = {}): void {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const existing = assertWritable(target, o.notOnto);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o777 : 0o666);
    (o.write ?? writeAll)(fd, data);
    fsyncSync(fd);
    if (fstatSync(fd).size !== data.length) throw Object.assign(new Error('short write'), { code: 'EIO' });
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      /* never created, or already renamed */
    }
    throw new WriteError(`cannot write ${target}: ${reason(e)}; the file was not changed`);
  }
}
