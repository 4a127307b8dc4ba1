import type { Bound } from '../device/context.js';
import type { Device as GenericDevice } from '../device/device.js';
import { DeviceNode } from '../device/device-node.js';
import { checkBound, viewOf } from '../device/view.js';
import { captureSiteLazily } from '../errors/call-site.js';
import { registerDroppable } from '../lifetime/kernel-objects.js';
import { makeAuxiliaryDevice } from './device.js';

/**
 * A registered auxiliary child device (Rust `auxiliary::Registration`): creating it adds the
 * device `modname.name.id` under `parent` and probes a matching auxiliary driver; dropping it
 * unbinds that driver and removes the device.
 *
 * Keep it in the driver data of the parent (it is dropped with it); one that is still alive when
 * the parent's driver data has been dropped is reported as `RegistrationLeaked`.
 *
 * Invariants: the child exists exactly while the registration is not dropped; the registration
 * belongs to the parent binding it was created in and is dropped before that binding's devres
 * are released.
 */
export class Registration implements AsyncDisposable {
  readonly #child: DeviceNode;
  #dropped: Promise<void> | undefined;

  private constructor(child: DeviceNode) {
    this.#child = child;
  }

  /**
   * Creates the child device `modname.name.id` of the bound `parent` (`EEXIST` if that name is
   * taken, `NotBound` if `parent` is not bound).
   */
  static new(parent: GenericDevice<Bound>, name: string, id: number, modname: string): Registration {
    // Formatted only if a violation names it (a stack trace costs more to format than to take).
    const site = captureSiteLazily();
    const view = viewOf(parent);
    const binding = checkBound(view, 'auxiliary.Registration.new()');
    const ctx = view.node.kernel;
    const child = new DeviceNode(ctx, `${modname}.${name}.${id}`, { bus: 'auxiliary', modname, devName: name, id, parent: view.node }, makeAuxiliaryDevice);
    ctx.addChildDevice(child);
    const registration = new Registration(child);
    registerDroppable(registration, () => registration.drop());
    binding.registrations.add({
      label: `auxiliary.Registration of ${child.label}`,
      get site() {
        return site();
      },
      get dropped() {
        return registration.dropped;
      },
      drop: () => registration.drop(),
    });
    return registration;
  }

  /** The child device's name, `modname.name.id`. */
  get name(): string {
    return this.#child.name;
  }

  get dropped(): boolean {
    return this.#dropped !== undefined;
  }

  /** Unbinds the child's driver and removes the child; idempotent. */
  drop(): Promise<void> {
    this.#dropped ??= this.#child.kernel.removeDevice(this.#child);
    return this.#dropped;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.drop();
  }
}
