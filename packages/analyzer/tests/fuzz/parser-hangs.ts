import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// TypeScript's own parser can loop for ever on some input (TypeScript 6.0's `scanJsDocToken` on a
// JSDoc comment like `/**a-*/`, microsoft/TypeScript#63580), and no one can interrupt a synchronous
// loop on the test's thread. So every mutant is first parsed in a worker thread, which *can* be
// terminated: a text the parser does not finish within the limit is reported, and the worker is
// restarted after it.

const typescriptPath = createRequire(import.meta.url).resolve('typescript');

const source = `
const { parentPort, workerData } = require('node:worker_threads');
const ts = require(workerData.typescript);
const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseAll };
for (let i = workerData.from; i < workerData.texts.length; i++) {
  try {
    ts.createSourceFile('mutant.ts', workerData.texts[i], options, true);
  } catch {
    // A parser stack overflow (deep nesting) is the analyzer's to handle, not a hang.
  }
  parentPort.postMessage(i);
}
`;

/** Indices of `texts` that TypeScript's parser does not finish parsing within `limitMs` each. */
export async function findParserHangs(texts: readonly string[], limitMs: number): Promise<number[]> {
  const hangs: number[] = [];
  let from = 0;
  while (from < texts.length) {
    const hang = await parseFrom(texts, from, limitMs);
    if (hang === undefined) break;
    hangs.push(hang);
    from = hang + 1;
  }
  return hangs;
}

/** Parses `texts` from index `from` on; resolves with the index that hangs, or undefined when all finish. */
function parseFrom(texts: readonly string[], from: number, limitMs: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { typescript: typescriptPath, texts, from } });
    let next = from;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (result: number | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const arm = (ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(next), ms);
    };
    worker.on('message', (i: number) => {
      next = i + 1;
      if (next >= texts.length) settle(undefined);
      else arm(limitMs);
    });
    worker.on('error', (error) => {
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`the parse worker exited (code ${code}) at text ${next}`));
    });
    // Loading TypeScript in the new worker takes a while on its own.
    arm(limitMs + 30_000);
  });
}
