import type { Binding } from '../device/binding.js';
import type { DeviceNode } from '../device/device-node.js';
import { boundView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import type { Scope } from '../lifetime/scope.js';
import type { DrmRegistrationRecord } from '../sim/kernel-context.js';
import { SrcuDomain } from '../sync/srcu.js';
import type { AnyDriver } from './driver.js';

/**
 * Where a DRM device is in its life: allocated, registered with userspace, unplugged.
 *
 * Invariants: only moves forward in the order listed.
 */
export type DrmPhase = 'uninit' | 'registered' | 'unplugging' | 'unplugged';

/**
 * The simulated `struct drm_device`: shared by the `UnregisteredDevice`, every `drm.Device`
 * handle, the `Registration` and the guards of one DRM device.
 *
 * Invariants: `srcu` exists iff the device was registered; registration data is set only between
 * registration and the end of unplug; `parentBinding` is the binding the device was created in,
 * and the registration (if any) belongs to it.
 */
export class DrmState {
  readonly driver: AnyDriver;
  readonly parent: DeviceNode;
  readonly parentBinding: Binding;
  data: unknown;
  phase: DrmPhase = 'uninit';
  regData: unknown = undefined;
  srcu: SrcuDomain | undefined = undefined;
  record: DrmRegistrationRecord | undefined = undefined;
  minor: number | undefined = undefined;

  constructor(driver: AnyDriver, parent: DeviceNode, parentBinding: Binding, data: unknown) {
    this.driver = driver;
    this.parent = parent;
    this.parentBinding = parentBinding;
    this.data = data;
  }

  /** `drm device 'nova' (card0)`: how messages name it. */
  get label(): string {
    const minor = this.minor === undefined ? '' : ` (card${this.minor})`;
    return `drm device '${this.driver.info.name}'${minor}`;
  }

  /** The SRCU domain, or `ENODEV` for a device that was never registered. */
  registeredDomain(what: string): SrcuDomain {
    if (this.srcu === undefined) {
      throw new KernelError('ENODEV', `${what}: ${this.label} was never registered (an Uninit device used as Registered)`);
    }
    return this.srcu;
  }

  /** The parent as its bus device in the Bound context, alive only while `scope` is. */
  parentView(scope: Scope): object {
    // SAFETY: callers pass the scope of an open critical section (or a callback inside one). The
    // registration is dropped (unplugged) before `parentBinding` ends, and the unplug waits for
    // every open section, so the parent is bound for as long as `scope` is alive; the view
    // checks `scope` (and the binding) on every use.
    return this.parent.busView(boundView(this.parent, this.parentBinding, [scope]));
  }

  emit(kind: 'drm-registered' | 'drm-unplug' | 'drm-unplugged' | 'file-opened' | 'ioctl' | 'ioctl-failed', message: string, error?: Error): void {
    this.parent.kernel.emit({ kind, subject: this.label, message, ...(error === undefined ? {} : { error }) });
  }
}
