import type { Bound } from '../device/context.js';
import { checkBound, viewOf } from '../device/view.js';
import { captureSiteLazily } from '../errors/call-site.js';
import { KernelError } from '../errors/kernel-error.js';
import { registerDroppable } from '../lifetime/kernel-objects.js';
import { disposeDriverValue } from '../sync/driver-work.js';
import { SrcuDomain } from '../sync/srcu.js';
import { unguard } from '../sync/guarded-value.js';
import type { Registered } from './context.js';
import { makeDrmDevice, type Device } from './device.js';
import type { DrmState } from './drm-state.js';
import type { AnyDriver, BusOf, ParentDevice, RegDataOf } from './driver.js';
import { peekUnregistered, takeUnregistered, type UnregisteredDevice } from './unregistered-device.js';

/**
 * The registration of a DRM device with userspace (Rust `drm::Registration`), owning the
 * registration data. Dropping it (`drop()`, `await using`) is `drm_dev_unplug`: the device is
 * marked unplugged (new guards are `undefined`, ioctls fail with `ENODEV`), the drop **waits for
 * every open critical section** (the SRCU barrier), then the device is unregistered and the
 * registration data dropped (disposed, if it is `Disposable`).
 *
 * Keep it in the driver data of the parent (it is dropped with it, before the parent's devres are
 * released); one still alive when the parent's driver data has been dropped is reported as
 * `RegistrationLeaked`.
 *
 * Invariants: the registration data is reachable only inside critical sections and is dropped
 * only after the last one closed; the registration belongs to the parent binding it was created
 * in and is dropped before that binding ends; it is dropped at most once.
 */
export class Registration<D extends AnyDriver> implements AsyncDisposable {
  readonly #state: DrmState;
  readonly #device: Device<D, Registered>;
  readonly #site: () => string | undefined;
  #dropped: Promise<void> | undefined;

  private constructor(state: DrmState, site: () => string | undefined) {
    this.#state = state;
    this.#site = site;
    this.#device = makeDrmDevice<D, Registered>(state);
    registerDroppable(this, () => this.drop());
  }

  /**
   * Registers `udev` (moving it: any later use of it throws `UseAfterMove`) under the bound
   * `parent`, with its registration data. `EINVAL` if `udev` was created under another parent (or
   * an earlier binding of it), `NotBound` if `parent` is not bound. `flags` is passed through as
   * in the kernel (use 0).
   */
  static new<D extends AnyDriver>(parent: ParentDevice<BusOf<D>, Bound>, udev: UnregisteredDevice<D>, regData: RegDataOf<D>, flags: number): Registration<D> {
    // Formatted only if a violation names it (a stack trace costs more to format than to take).
    const site = captureSiteLazily();
    const view = viewOf(parent);
    const binding = checkBound(view, 'drm.Registration.new()');
    const state = peekUnregistered(udev);
    if (state.parent !== view.node || state.parentBinding !== binding) {
      throw new KernelError('EINVAL', `drm.Registration.new(): ${state.label} was created for another parent (${state.parent.label}), not this binding of ${view.node.label}`);
    }
    if (!Number.isInteger(flags) || flags < 0) throw new KernelError('EINVAL', `drm.Registration.new(): bad flags ${flags}`);
    takeUnregistered(udev, site);

    const ctx = view.node.kernel;
    state.regData = unguard(regData);
    state.srcu = new SrcuDomain(ctx, state.label);
    state.phase = 'registered';
    const registration = new Registration<D>(state, site);
    state.record = { label: state.label, handle: registration.#device, driver: state.driver };
    state.minor = ctx.drmRegistered(state.record);
    binding.registrations.add({
      label: `drm.Registration of ${state.label}`,
      get site() {
        return site();
      },
      get dropped() {
        return registration.dropped;
      },
      drop: () => registration.drop(),
    });
    state.emit('drm-registered', `registered under ${view.node.label}`);
    return registration;
  }

  /** The registered device (a handle: it stays usable after the drop, as an unplugged device). */
  device(): Device<D, Registered> {
    return this.#device;
  }

  /** Whether the registration has been dropped (or is being dropped). */
  get dropped(): boolean {
    return this.#dropped !== undefined;
  }

  /** Unplugs and unregisters the device, then drops the registration data; idempotent. */
  drop(): Promise<void> {
    this.#dropped ??= this.#unplug();
    return this.#dropped;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.drop();
  }

  async #unplug(): Promise<void> {
    const state = this.#state;
    // SAFETY: `new` created the domain before constructing the registration.
    const domain = state.srcu as SrcuDomain;
    state.phase = 'unplugging';
    domain.kill();
    const open = domain.openCount;
    state.emit('drm-unplug', `unplugging (${open} open critical section${open === 1 ? '' : 's'})`);
    let failure: unknown;
    try {
      await domain.synchronize(`the unplug of ${state.label}`);
    } catch (error) {
      failure = error;
    }
    if (state.record !== undefined) state.parent.kernel.drmUnregistered(state.record);
    const regData = state.regData;
    state.regData = undefined;
    state.phase = 'unplugged';
    state.emit('drm-unplugged', 'unplugged and unregistered; dropping the registration data');
    try {
      const wait = { waiter: `the unplug of ${state.label}`, site: this.#site, siteRole: 'registration created' };
      await disposeDriverValue(state.parent.kernel, regData, 'its registration data', wait);
    } catch (error) {
      failure ??= error;
    }
    if (failure !== undefined) throw failure;
  }
}
