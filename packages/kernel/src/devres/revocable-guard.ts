import { captureSite } from '../errors/call-site.js';
import { GuardReleased } from '../errors/violations.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import type { ReadSection } from '../sync/srcu.js';

let make: <T>(section: ReadSection, value: T) => RevocableGuard<T>;

/**
 * Access to the value of a `Devres` that cannot be revoked while the guard is held (Rust
 * `RevocableGuard`: an RCU read-side critical section). Returned by `Devres.tryAccess()`.
 *
 * Hold it briefly and synchronously: the revocation at unbind waits for it (and reports
 * `GuardLeaked` if it is never released). Prefer `using guard = devres.tryAccess()`.
 *
 * Invariants: `value` is readable only while the guard is held; after `release()` (or disposal)
 * every member throws `GuardReleased`.
 */
export class RevocableGuard<T> implements Disposable {
  readonly #section: ReadSection;
  readonly #value: T;

  private constructor(section: ReadSection, value: T) {
    this.#section = section;
    this.#value = value;
    markKernelObject(this);
  }

  static {
    make = (section, value) => new RevocableGuard(section, value);
  }

  /** The guarded value. */
  get value(): T {
    this.#section.scope.check('RevocableGuard.value');
    return this.#value;
  }

  /** Ends the read-side section (`rcu_read_unlock`). */
  release(): void {
    if (!this.#section.exit()) {
      throw new GuardReleased(`RevocableGuard.release(): ${this.#section.scope.label} was already released`, captureSite());
    }
  }

  [Symbol.dispose](): void {
    this.release();
  }
}

/** Makes the guard for an open read section (the model's own factory). */
export function makeRevocableGuard<T>(section: ReadSection, value: T): RevocableGuard<T> {
  return make(section, value);
}
