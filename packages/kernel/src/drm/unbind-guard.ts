import type { Bound } from '../device/context.js';
import { captureSite } from '../errors/call-site.js';
import { GuardReleased } from '../errors/violations.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { Scope } from '../lifetime/scope.js';
import { GuardedGraph } from '../sync/guarded-value.js';
import type { ReadSection } from '../sync/srcu.js';
import type { DrmState } from './drm-state.js';
import type { AnyDriver, BusOf, ParentDevice, RegDataOf } from './driver.js';

let make: (state: DrmState, section: ReadSection) => UnbindGuard<AnyDriver>;

/**
 * An SRCU critical section on a registered DRM device (`drm_dev_enter` … `drm_dev_exit`, Rust
 * `UnbindGuard`): while it is held, the parent device is bound and the registration data alive,
 * because unplug (`Registration.drop`) waits for every open section.
 *
 * Get one with `using guard = dev.unbindGuard()` (it is `undefined` once the device is
 * unplugged), or use `withUnbindGuard`. Release it on every path: a guard never released makes
 * unplug wait forever, which the model reports as `GuardLeaked` (with the acquisition site).
 *
 * Invariants: while held, `parent` is the bound parent and the registration data is alive; after
 * `release()` (or disposal) every member throws `GuardReleased`, and so do the `parent` and the
 * values it handed out.
 */
export class UnbindGuard<D extends AnyDriver> implements Disposable {
  readonly #state: DrmState;
  readonly #section: ReadSection;
  #parent: ParentDevice<BusOf<D>, Bound> | undefined;

  private constructor(state: DrmState, section: ReadSection) {
    this.#state = state;
    this.#section = section;
    markKernelObject(this);
  }

  static {
    make = (state, section) => new UnbindGuard(state, section);
  }

  /** The parent bus device, bound for as long as the guard is held (Rust `Deref`). */
  get parent(): ParentDevice<BusOf<D>, Bound> {
    this.#section.scope.check('UnbindGuard.parent');
    // SAFETY: `parentView` makes the parent's bus device for `Driver.bus`, which is what
    // `ParentDevice<BusOf<D>, Bound>` names; it is bound while the section is open.
    this.#parent ??= this.#state.parentView(this.#section.scope) as ParentDevice<BusOf<D>, Bound>;
    return this.#parent;
  }

  /**
   * Calls `f` with the bound parent and the registration data, both valid only until `f`
   * returns (synchronously: an async `f` must not touch them after its first `await`).
   */
  registrationDataWith<R>(f: (parent: ParentDevice<BusOf<D>, Bound>, data: RegDataOf<D>) => R): R {
    this.#section.scope.check('UnbindGuard.registrationDataWith()');
    const state = this.#state;
    const scope = new Scope('section', `the registrationDataWith callback of ${state.label}`, this.#section.scope.site, this.#section.scope);
    try {
      // SAFETY: as in `parent`; the registration data is `RegDataOf<D>` (given to
      // `Registration.new` for this driver) and alive while the section is open.
      const parent = state.parentView(scope) as ParentDevice<BusOf<D>, Bound>;
      const data = new GuardedGraph(scope, `the registration data of ${state.label}`).wrap(state.regData) as RegDataOf<D>;
      return f(parent, data);
    } finally {
      scope.end();
    }
  }

  /** Leaves the critical section (`drm_dev_exit`). A second release throws `GuardReleased`. */
  release(): void {
    if (!this.#section.exit()) {
      throw new GuardReleased(`UnbindGuard.release(): ${this.#section.scope.label} was already released`, captureSite());
    }
  }

  [Symbol.dispose](): void {
    this.release();
  }
}

/** Makes the guard for an open section (the model's own factory). */
export function makeUnbindGuard<D extends AnyDriver>(state: DrmState, section: ReadSection): UnbindGuard<D> {
  // SAFETY: `state` is the device of driver `D`; the guard's types only follow the driver.
  return make(state, section) as UnbindGuard<D>;
}
