// @ts-check
/**
 * Services: async code (retries, promise caches, batching, `Promise.all`, async generators); half
 * of them hold one floating promise for `@typescript-eslint/no-floating-promises`.
 */

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec */
export function writeService(w, spec) {
  const i = spec.index;
  /** @type {Record<import('../plants.mjs').FloatingForm, string>} */
  const floatingLine = {
    'bare-call': `    this.flush();`,
    'then-without-catch': `    withRetry${i}(() => this.compute('extra'), 2).then((v) => {`,
    'promise-all': `    Promise.all(keys.map((key) => this.compute(key)));`,
    'delay-call': `    delay${i}(this.options.delayMs);`,
  };
  w.add(`export interface Options${i} {
  readonly retries: number;
  readonly delayMs: number;
  readonly label?: string;
}

export class ServiceError${i} extends Error {
  constructor(
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'ServiceError${i}';
  }
}

export function delay${i}(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}

export async function withRetry${i}<T>(task: () => Promise<T>, attempts: number): Promise<T> {
  let last: unknown;
  for (let k = 0; k < attempts; k++) {
    try {
      return await task();
    } catch (error) {
      last = error;
    }
  }
  throw new ServiceError${i}(last instanceof Error ? last.message : String(last), attempts);
}

/** Computes values by key, caching the promises and batching scheduled keys. */
export class Service${i} {
  readonly #cache = new Map<string, Promise<number>>();
  readonly #pending = new Set<string>();
  total = 0;

  constructor(private readonly options: Options${i}) {}

  compute(key: string): Promise<number> {
    let hit = this.#cache.get(key);
    if (!hit) {
      hit = withRetry${i}(async () => {
        await delay${i}(this.options.delayMs);
        return key.length * ${(i % 97) + 1};
      }, this.options.retries);
      this.#cache.set(key, hit);
    }
    return hit;
  }

  async flush(): Promise<void> {
    const keys = [...this.#pending];
    this.#pending.clear();
    const values = await Promise.all(keys.map((key) => this.compute(key)));
    this.total += values.reduce((a, b) => a + b, 0);
  }

  schedule(key: string): void {
    this.#pending.add(key);
    if (this.#pending.size > 8) void this.flush();
  }

  async run(keys: readonly string[]): Promise<number> {
    for (const key of keys) this.schedule(key);`);
  if (spec.floating) {
    w.plant(/** @type {string} */ (floatingLine[spec.floating]), `floating-${spec.floating}`);
    if (spec.floating === 'then-without-catch') w.add(`      this.total += v;\n    });`);
  }
  w.add(`    await this.flush();
    return this.total;
  }`);
  if (spec.extra >= 1) {
    w.add(`
  async *stream(keys: readonly string[]): AsyncGenerator<[string, number], void, undefined> {
    for (const key of keys) yield [key, await this.compute(key)];
  }`);
  }
  if (spec.extra >= 2) {
    w.add(`
  async race(keys: readonly string[], ms: number): Promise<number | 'timeout'> {
    const timeout = delay${i}(ms).then(() => 'timeout' as const);
    return Promise.race([Promise.all(keys.map((key) => this.compute(key))).then((xs) => xs.length), timeout]);
  }`);
  }
  w.add(`}`);
  if (spec.extra >= 3) {
    w.add(`
export async function settle${i}<T>(tasks: readonly (() => Promise<T>)[]): Promise<{ ok: T[]; failed: number }> {
  const results = await Promise.allSettled(tasks.map((task) => task()));
  const ok: T[] = [];
  let failed = 0;
  for (const result of results) {
    if (result.status === 'fulfilled') ok.push(result.value);
    else failed++;
  }
  return { ok, failed };
}`);
  }
}
