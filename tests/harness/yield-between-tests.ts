import { afterEach } from 'vitest';

// Many station tests run the compiler in-process, synchronously. Without a macrotask turn
// between them a worker can go a minute and more without reading its IPC channel, and
// vitest then fails the run with "Timeout calling onTaskUpdate" although every test passed.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
