// @ts-check
/** Utilities: generic functions, closures, generators, mapped and conditional types, an emitter. */

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec */
export function writeUtil(w, spec) {
  const i = spec.index;
  w.add(`export type Mutable${i}<T> = { -readonly [K in keyof T]: T[K] };
export type KeysOfType${i}<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];
export type Unwrap${i}<T> = T extends PromiseLike<infer U> ? Unwrap${i}<U> : T;

export function pipe${i}<A, B, C>(f: (a: A) => B, g: (b: B) => C): (a: A) => C {
  return (a) => g(f(a));
}

export function memoize${i}<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string = (...args) => JSON.stringify(args),
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    const result = fn(...args);
    cache.set(k, result);
    return result;
  };
}

export function chunk${i}<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

export function* range${i}(start: number, end: number, step = 1): Generator<number, void, undefined> {
  for (let k = start; k < end; k += step) yield k;
}

export const sum${i} = (values: Iterable<number>): number => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

export function pick${i}<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}`);
  if (spec.extra >= 1) {
    w.add(`
export function debounce${i}<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      fn(...args);
    }, ms);
  };
}`);
  }
  if (spec.extra >= 2) {
    w.add(`
export function countBy${i}<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export function zip${i}<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  const out: [A, B][] = [];
  for (let k = 0; k < Math.min(as.length, bs.length); k++) out.push([as[k] as A, bs[k] as B]);
  return out;
}`);
  }
  if (spec.extra >= 3) {
    w.add(`
export class Emitter${i}<Events extends Record<string, unknown>> {
  readonly #handlers: { [E in keyof Events]?: Set<(payload: Events[E]) => void> } = {};

  on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): () => void {
    const set = (this.#handlers[event] ??= new Set());
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): number {
    const set = this.#handlers[event];
    for (const handler of set ?? []) handler(payload);
    return set?.size ?? 0;
  }
}`);
  }
}
