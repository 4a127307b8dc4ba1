import type { Bound } from '../device/context.js';
import { captureSite } from '../errors/call-site.js';
import { KernelError } from '../errors/kernel-error.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { unguard } from '../sync/guarded-value.js';
import type { Registered, Uninit } from './context.js';
import type { DrmState } from './drm-state.js';
import type { AnyDriver, BusOf, DataOf, FileDataOf, IoctlArgsOf, ParentDevice } from './driver.js';
import { makeFile, type File } from './file.js';
import { dispatchIoctl } from './ioctl.js';
import { makeUnbindGuard, type UnbindGuard } from './unbind-guard.js';

declare const context: unique symbol;

let make: (state: DrmState) => Device<AnyDriver, Uninit>;
let isDevice: (value: object) => boolean;

/**
 * A DRM device of driver `D` in context `Ctx` (Rust `drm::Device<T, C>`): a refcounted handle
 * (storable anywhere: files, GEM objects, driver data) whose context says what it was, not what
 * it is now. `Registered` means "registered at some point": to use the bound parent or the
 * registration data, take an `UnbindGuard` (or let ioctl dispatch take one).
 *
 * Invariants: `Registered`-only operations (`unbindGuard`, `withUnbindGuard`, `ioctl`, `openFile`)
 * exist only on `Device<D, Registered>`; each of them enters a critical section or reports the
 * device unplugged (`undefined` / `ENODEV`), never touching the parent or the registration data
 * outside a section.
 */
export class Device<D extends AnyDriver, Ctx extends Uninit = Registered> {
  declare readonly [context]: Ctx;
  readonly #state: DrmState;

  private constructor(state: DrmState) {
    this.#state = state;
    markKernelObject(this);
  }

  static {
    make = (state) => new Device(state);
    isDevice = (value) => #state in value;
  }

  /** The driver name (`DriverInfo.name`). */
  get name(): string {
    return this.#state.driver.info.name;
  }

  /** The DRM device's private data (Rust `Deref<Target = T::Data>`). */
  get data(): DataOf<D> {
    // SAFETY: the data was given to `UnregisteredDevice.new` for driver `D`.
    return this.#state.data as DataOf<D>;
  }

  /** Another handle to the same device and context (Rust `ARef`): storable anywhere. */
  toNormal(): Device<D, Ctx> {
    return makeDrmDevice<D, Ctx>(this.#state);
  }

  /**
   * This device, seen in another context (Rust `assume_ctx`, a transmute).
   *
   * @unsafe The caller must guarantee that the device really is in `NewCtx`: `Registered` only
   * for a device that went through `Registration.new`. The model does not check it here;
   * registered-only operations on a device that was never registered throw `ENODEV`. Justify each
   * call with a `// SAFETY:` comment directly above it.
   */
  assumeCtx<NewCtx extends Uninit>(): Device<D, NewCtx> {
    return makeDrmDevice<D, NewCtx>(this.#state);
  }

  /**
   * Enters a critical section (`drm_dev_enter`): a guard that keeps the parent bound, or
   * `undefined` once the device is unplugged. Always handle `undefined`, and release the guard on
   * every path (`using guard = dev.unbindGuard()`).
   */
  unbindGuard(this: Device<D, Registered>): UnbindGuard<D> | undefined {
    const site = captureSite();
    const state = this.#state;
    const section = state.registeredDomain('drm.Device.unbindGuard()').enter(`the critical section of ${state.label}`, site);
    return section === undefined ? undefined : makeUnbindGuard<D>(state, section);
  }

  /**
   * Runs `f` with the bound parent inside a critical section, or returns `undefined` if the device
   * is unplugged. The section ends when `f` returns: `f` must be synchronous, and the parent must
   * not escape it.
   */
  withUnbindGuard<R>(this: Device<D, Registered>, f: (parent: ParentDevice<BusOf<D>, Bound>) => R): R | undefined {
    const site = captureSite();
    const state = this.#state;
    const section = state.registeredDomain('drm.Device.withUnbindGuard()').enter(`the withUnbindGuard callback of ${state.label}`, site);
    if (section === undefined) return undefined;
    try {
      // SAFETY: `parentView` makes the bus device of `Driver.bus`, bound while the section is open.
      return f(state.parentView(section.scope) as ParentDevice<BusOf<D>, Bound>);
    } finally {
      section.exit();
    }
  }

  /**
   * Issues ioctl `name` on `file` as userspace would (see `dispatchIoctl`): `ENODEV` once
   * unplugged, `EINVAL` for an unknown ioctl or another device's file, `ERANGE` for a result that
   * is not a `u32`; otherwise what the handler returned (a promise for an async handler).
   */
  ioctl<K extends keyof IoctlArgsOf<D> & string>(
    this: Device<D, Registered>,
    name: K,
    arg: IoctlArgsOf<D>[K],
    file: File<FileDataOf<D>>,
  ): number | Promise<number> {
    return dispatchIoctl(this.#state, this, name, arg, file);
  }

  /** Opens a file on the device (`drm_open`): `ENODEV` once unplugged. */
  openFile(this: Device<D, Registered>): File<FileDataOf<D>> {
    const state = this.#state;
    const domain = state.registeredDomain('drm.Device.openFile()');
    if (domain.dead) throw new KernelError('ENODEV', `drm.Device.openFile(): ${state.label} has been unplugged`);
    // SAFETY: `openFile` of driver `D` returns `FileDataOf<D>`.
    const inner = state.driver.openFile(this) as FileDataOf<D>;
    state.emit('file-opened', 'file opened');
    return makeFile(state, inner);
  }
}

/** `value` itself if it is a `drm.Device` made by the model; `EINVAL` otherwise. */
export function checkDrmDevice<T>(value: T): T {
  const real = unguard(value);
  if (typeof real !== 'object' || real === null || !isDevice(real)) throw new KernelError('EINVAL', 'not a drm.Device made by the model');
  return real;
}

/** Makes a handle of a DRM device (the model's own factory). */
export function makeDrmDevice<D extends AnyDriver, Ctx extends Uninit>(state: DrmState): Device<D, Ctx> {
  // SAFETY: the context is what the caller established (registration for `Registered`), or what
  // an `@unsafe` `assumeCtx` caller vouched for.
  return make(state) as unknown as Device<D, Ctx>;
}
