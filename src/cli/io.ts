/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
  /** Writes bytes to an open file; tests replace it to simulate a full disk (see writeFileAtomic). */
  write?: (fd: number, bytes: Uint8Array) => void;
}
