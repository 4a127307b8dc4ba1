import type { Normal } from '../device/context.js';
import { makeDevice, type Device as GenericDevice } from '../device/device.js';
import type { BusKind } from '../device/device-node.js';
import { checkAlive, registerView, viewOf, type DeviceView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';

/**
 * What the device types of every bus share (`pci.Device`, `platform.Device`,
 * `auxiliary.Device`): made for one view of a device node, a name, and the generic
 * `device.Device` of the same context (Rust `AsRef<device::Device<Ctx>>`).
 *
 * Each bus's subclass carries its own context brand, so devices of different buses never mix;
 * this class has no type parameter of its own beyond the context `asRef()` keeps. The view stays
 * private to the model: subclasses read it with `viewOf(this)`, never through a member a caller
 * could reach.
 *
 * Invariants: the view is the one the bus made the object for and never changes; `asRef()`
 * always returns the same generic device object for the same bus device.
 */
export abstract class BusDevice<Ctx extends Normal> {
  readonly #bus: BusKind;
  #generic: GenericDevice<Ctx> | undefined;

  protected constructor(view: DeviceView, bus: BusKind) {
    this.#bus = bus;
    registerView(this, view);
    markKernelObject(this);
  }

  /** The device name (`0000:00:01.0`, `fb000000.gpu`, `nova_core.nova-drm.0`). */
  get name(): string {
    return aliveView(this, `${this.#bus}.Device.name`).node.name;
  }

  /** The generic device, same context (Rust `AsRef<device::Device<Ctx>>`). */
  asRef(): GenericDevice<Ctx> {
    const view = aliveView(this, `${this.#bus}.Device.asRef()`);
    this.#generic ??= makeDevice<Ctx>(view);
    return this.#generic;
  }
}

/** The view behind `device`, after checking the object itself is alive (for member `what`). */
export function aliveView(device: object, what: string): DeviceView {
  const view = viewOf(device);
  checkAlive(view, what);
  return view;
}

/**
 * The view behind a generic device that must be on `bus` (Rust `TryFrom<&device::Device>`);
 * `EINVAL` naming `kind` otherwise.
 */
export function viewOnBus(dev: GenericDevice<Normal>, bus: BusKind, kind: string): DeviceView {
  const view = viewOf(dev);
  if (view.node.props.bus !== bus) throw new KernelError('EINVAL', `${view.node.label} is not ${kind}`);
  return view;
}
