import { Worker } from 'node:worker_threads';

// A synchronous infinite loop (the engine stuck on one mutant) blocks the test's event loop, so
// vitest's timeout can never fire and the run would hang for ever. The watchdog is a worker
// thread: it gets `enter`/`leave` messages (delivered even while the main thread is blocked) and,
// when one step runs past its limit, writes which step hung (with the seed, via a synchronous write
// to fd 2, since the worker's stdio goes through the blocked main thread), removes the temporary
// projects and kills the test process: a failed run naming the culprit instead of a hung one.

const source = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
let timer;
parentPort.on('message', (m) => {
  clearTimeout(timer);
  if (m.type !== 'enter') return;
  timer = setTimeout(() => {
    const line = '\\nbindsafe fuzz: HANG: ' + m.label + ' did not finish within ' + m.limitMs + ' ms (' + workerData.reproduce + '); killing the test process\\n';
    try { fs.writeSync(2, line); } catch {}
    for (const dir of workerData.cleanup ?? []) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }
    process.kill(process.pid, 'SIGKILL');
  }, m.limitMs);
});
`;

export class Watchdog {
  readonly #worker: Worker;

  /** `reproduce` is printed with a hang; `cleanup` lists directories removed before the process is killed. */
  constructor(options: { readonly reproduce: string; readonly cleanup?: readonly string[] }) {
    this.#worker = new Worker(source, { eval: true, workerData: options });
    this.#worker.unref();
  }

  /** Runs `step`; if it has not returned after `limitMs`, the process is killed with a message naming `label`. */
  guard<T>(label: string, limitMs: number, step: () => T): T {
    this.#worker.postMessage({ type: 'enter', label, limitMs });
    try {
      return step();
    } finally {
      this.#worker.postMessage({ type: 'leave' });
    }
  }

  /** Like `guard`, for an asynchronous step. */
  async guardAsync<T>(label: string, limitMs: number, step: () => Promise<T>): Promise<T> {
    this.#worker.postMessage({ type: 'enter', label, limitMs });
    try {
      return await step();
    } finally {
      this.#worker.postMessage({ type: 'leave' });
    }
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
