import { decodeText, MAX_DOCUMENT_BYTES, type ReadResult } from '../node/safe-read';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** Writes bytes to an open file; tests replace it to simulate a full disk (see writeFileAtomic). */
  write?: (fd: number, bytes: Uint8Array) => void;
  /** Reads the whole of standard input (the operand `-`); absent: stdin cannot be read. */
  readStdin?: () => Promise<ReadResult>;
}

/**
 * Reads a stream to its end as UTF-8 text, at most `maxBytes` (counted while reading: more is
 * refused, and the stream is not read further); binary and non-UTF-8 input is refused like a file's.
 */
export function readStreamText(stream: NodeJS.ReadableStream, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let finished = false;
    const finish = (r: ReadResult) => {
      if (finished) return;
      finished = true;
      stream.removeListener('data', onData);
      stream.pause();
      done(r);
    };
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += b.length;
      if (total > maxBytes) return finish({ ok: false, error: `input is too large (the limit is ${Math.round(maxBytes / 1048576)} MB)` });
      chunks.push(b);
    };
    stream.on('data', onData);
    stream.on('end', () => finish(decodeText(Buffer.concat(chunks, total))));
    stream.on('error', (e: NodeJS.ErrnoException) => finish({ ok: false, error: `cannot read standard input${e.code ? ` (${e.code})` : ''}` }));
  });
}
