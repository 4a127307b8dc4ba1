import type { Bound } from '../device/context.js';
import { checkBound, viewOf } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { UseAfterMove } from '../errors/violations.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { unguard } from '../sync/guarded-value.js';
import type { Uninit } from './context.js';
import { makeDrmDevice, type Device } from './device.js';
import { DrmState } from './drm-state.js';
import type { AnyDriver, BusOf, DataOf, ParentDevice } from './driver.js';

let isUnregistered: (value: object) => value is UnregisteredDevice<AnyDriver>;
let stateOf: (udev: UnregisteredDevice<AnyDriver>) => DrmState;
let take: (udev: UnregisteredDevice<AnyDriver>, site: () => string | undefined) => DrmState;

/**
 * A DRM device that has just been allocated and never registered (Rust `UnregisteredDevice`): the
 * only way to a `Registration`. Use it for setup (its `data` is writable), then move it into
 * `drm.Registration.new`, after which any use throws `UseAfterMove` naming where it was moved. It
 * has no guard or userspace-facing operation: those would reach a partly initialised device.
 *
 * Invariants: unique and consumed at most once; never registered while this object is usable.
 */
export class UnregisteredDevice<D extends AnyDriver> {
  readonly #state: DrmState;
  #movedAt: (() => string | undefined) | undefined;
  #moved = false;

  private constructor(state: DrmState) {
    this.#state = state;
    markKernelObject(this);
  }

  static {
    isUnregistered = (value): value is UnregisteredDevice<AnyDriver> => #state in value;
    stateOf = (udev) => {
      udev.#check('drm.Registration.new()');
      return udev.#state;
    };
    take = (udev, site) => {
      udev.#check('drm.Registration.new()');
      udev.#moved = true;
      udev.#movedAt = site;
      return udev.#state;
    };
  }

  /**
   * Allocates a DRM device for `driver` under the bound `parent` (whose bus must be
   * `driver.bus`), with its private `data`. `NotBound` if `parent` is not bound, `EINVAL` for a
   * parent of another bus.
   */
  static new<D extends AnyDriver>(driver: D, parent: ParentDevice<BusOf<D>, Bound>, data: DataOf<D>): UnregisteredDevice<D> {
    const view = viewOf(parent);
    const binding = checkBound(view, 'drm.UnregisteredDevice.new()');
    if (view.node.props.bus !== driver.bus) {
      throw new KernelError('EINVAL', `drm.UnregisteredDevice.new(): driver ${driver.info.name} expects a ${driver.bus} parent, got ${view.node.label}`);
    }
    // SAFETY: `UnregisteredDevice<D>` is the same object for every `D`; only the types differ.
    return new UnregisteredDevice(new DrmState(driver, view.node, binding, unguard(data))) as UnregisteredDevice<D>;
  }

  #check(what: string): void {
    if (this.#moved) throw new UseAfterMove(`${what}: the UnregisteredDevice of ${this.#state.label}`, this.#movedAt?.());
  }

  /** The driver name. */
  get name(): string {
    this.#check('UnregisteredDevice.name');
    return this.#state.driver.info.name;
  }

  /** The device private data, writable during setup. */
  get data(): DataOf<D> {
    this.#check('UnregisteredDevice.data');
    // SAFETY: the data was given to `new` for driver `D` (or set through this setter).
    return this.#state.data as DataOf<D>;
  }

  set data(value: DataOf<D>) {
    this.#check('UnregisteredDevice.data');
    this.#state.data = value;
  }

  /**
   * The device as a `drm.Device` in context `Ctx` (Rust: deref to `Device<T, Uninit>`, then
   * `assume_ctx`).
   *
   * @unsafe The caller must guarantee that the device is in `Ctx`. An unregistered device is only
   * `Uninit`: asking for `Registered` before `Registration.new` reaches registered-only operations
   * on a partly initialised device (the model throws `ENODEV` for them). Justify each call with a
   * `// SAFETY:` comment directly above it.
   */
  assumeCtx<Ctx extends Uninit = Uninit>(): Device<D, Ctx> {
    this.#check('UnregisteredDevice.assumeCtx()');
    return makeDrmDevice<D, Ctx>(this.#state);
  }
}

/** The real unregistered device behind `udev`; `EINVAL` naming `what` for anything else. */
function realUnregistered(udev: unknown, what: string): UnregisteredDevice<AnyDriver> {
  const real = unguard(udev);
  if (typeof real !== 'object' || real === null || !isUnregistered(real)) {
    throw new KernelError('EINVAL', `${what}: not a drm.UnregisteredDevice made by the model`);
  }
  return real;
}

/**
 * The state behind an unregistered device (throws `UseAfterMove` if it was moved, `EINVAL` if it
 * is not one).
 */
export function peekUnregistered(udev: UnregisteredDevice<AnyDriver>): DrmState {
  return stateOf(realUnregistered(udev, 'drm.Registration.new()'));
}

/** Moves the unregistered device out (throws `UseAfterMove` if it was moved already); `site` is the move, formatted when reported. */
export function takeUnregistered(udev: UnregisteredDevice<AnyDriver>, site: () => string | undefined): DrmState {
  return take(realUnregistered(udev, 'drm.Registration.new()'), site);
}
