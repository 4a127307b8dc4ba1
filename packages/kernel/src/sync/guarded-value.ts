import type { Scope } from '../lifetime/scope.js';

// Every proxy made here, mapped to the object it stands for.
const targets = new WeakMap<object, object>();

function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/**
 * The real object behind a guarded proxy (or `value` itself when it is not one). Kernel entry
 * points call this on their arguments so that values reached through registration data can be
 * passed back to the model while the section is open.
 */
export function unguard<T>(value: T): T {
  if (!isObjectLike(value)) return value;
  // SAFETY: a proxy made here stands for its target and has the target's type.
  return (targets.get(value) as T | undefined) ?? value;
}

/**
 * A revocable view of an object graph for one scope: the registration data handed to a guarded
 * callback or ioctl handler. Every property read, write, enumeration and method call checks the
 * scope and throws its violation (`GuardReleased`) once it has ended; objects reached through
 * property reads are wrapped the same way, lazily. Methods run on the real object (so `#private`
 * fields and internal slots of class instances, Maps, … keep working), with guarded arguments
 * unwrapped; what a method returns is the caller's own value and is not wrapped.
 *
 * Invariants: one proxy per target per graph (`data.x === data.x` inside the section); a proxy
 * never hands out an unwrapped object reached by a property read (except non-configurable,
 * read-only properties, which a Proxy must return as they are).
 */
export class GuardedGraph {
  readonly #scope: Scope;
  readonly #what: string;
  readonly #proxies = new WeakMap<object, object>();
  readonly #methods = new WeakMap<object, Map<PropertyKey, unknown>>();

  constructor(scope: Scope, what: string) {
    this.#scope = scope;
    this.#what = what;
  }

  /** `value`, wrapped for this graph's scope when it is an object. */
  wrap<T>(value: T): T {
    if (!isObjectLike(value)) return value;
    const real = unguard(value);
    const existing = this.#proxies.get(real);
    // SAFETY: the cached proxy wraps `real`, which is `value` (or what `value` stands for).
    if (existing !== undefined) return existing as T;
    const proxy = new Proxy(real, this.#handler());
    targets.set(proxy, real);
    this.#proxies.set(real, proxy);
    // SAFETY: the proxy forwards every operation to `real`, so it has `real`'s type.
    return proxy as T;
  }

  #check(key?: PropertyKey): void {
    this.#scope.check(key === undefined ? this.#what : `${this.#what} (.${String(key)})`);
  }

  #method(target: object, key: PropertyKey, fn: (...args: unknown[]) => unknown): unknown {
    let perTarget = this.#methods.get(target);
    if (perTarget === undefined) this.#methods.set(target, (perTarget = new Map()));
    const known = perTarget.get(key);
    if (known !== undefined) return known;
    const check = (): void => this.#check(key);
    const bound = function (this: unknown, ...args: unknown[]): unknown {
      check();
      return Reflect.apply(fn, target, args.map(unguard));
    };
    perTarget.set(key, bound);
    return bound;
  }

  #handler(): ProxyHandler<object> {
    return {
      get: (target, key) => {
        this.#check(key);
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        if (own !== undefined && !own.configurable && own.writable === false) return own.value;
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value === 'function') return this.#method(target, key, value as (...args: unknown[]) => unknown);
        return this.wrap(value);
      },
      set: (target, key, value) => {
        this.#check(key);
        return Reflect.set(target, key, unguard(value), target);
      },
      has: (target, key) => {
        this.#check(key);
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        this.#check();
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor: (target, key) => {
        this.#check(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      defineProperty: (target, key, descriptor) => {
        this.#check(key);
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: (target, key) => {
        this.#check(key);
        return Reflect.deleteProperty(target, key);
      },
      apply: (target, thisArg, args: unknown[]) => {
        this.#check();
        // SAFETY: a Proxy's `apply` trap only runs for function targets.
        return Reflect.apply(target as (...a: unknown[]) => unknown, unguard(thisArg), args.map(unguard));
      },
    };
  }
}
