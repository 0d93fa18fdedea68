// Output of the single executable's compiler worker. A worker's process.stdout/stderr
// forward to the main thread asynchronously, so writes could trail an exit and isTTY is
// lost; writing straight to fds 1 and 2 keeps rustc-like ordering and colour decisions.
import * as fs from 'node:fs';

export interface StdioFacts {
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export function stdioFacts(): StdioFacts {
  return { stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true };
}

/** In the worker: make process.stdout/stderr write synchronously to the real fds. */
export function useDirectStdio(facts: StdioFacts): void {
  redirect(process.stdout, 1, facts.stdoutIsTTY);
  redirect(process.stderr, 2, facts.stderrIsTTY);
}

function redirect(stream: NodeJS.WriteStream, fd: number, isTTY: boolean): void {
  Object.defineProperty(stream, 'isTTY', { value: isTTY ? true : undefined, configurable: true });
  const write = (chunk: unknown, encoding?: unknown, cb?: unknown): boolean => {
    const done = typeof encoding === 'function' ? encoding : cb;
    const data = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    try {
      writeAll(fd, data);
    } catch (e) {
      // As on the main thread, a closed reader is an 'error' event (main.ts exits 141 on EPIPE).
      process.nextTick(() => stream.emit('error', e));
      return false;
    }
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  };
  stream.write = write as NodeJS.WriteStream['write'];
}

function writeAll(fd: number, data: Buffer): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let off = 0; off < data.length; ) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      // A non-blocking pipe that is full: wait a moment and retry.
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}
