import { captureSite } from '../errors/call-site.js';
import { NotBound } from '../errors/violations.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import type { Bound, Normal } from './context.js';
import { boundView, checkAlive, normalView, registerView, type DeviceView } from './view.js';

declare const context: unique symbol;

let make: (view: DeviceView) => Device<Normal>;

/**
 * A device of any bus, in context `Ctx` (Rust `device::Device<Ctx>`): the generic view a bus
 * device gives with `asRef()`, what `Devres`, `devres.register` and `auxiliary.Registration.new`
 * take.
 *
 * There is no public constructor: only the simulated buses make devices, so a `Device<Bound>` or
 * `Device<Core>` always comes from the driver core (a callback argument, a guard, or
 * `unsafeAsBound`).
 *
 * Invariants: a `Device<Core>` is used for Core-only operations only inside the callback that got
 * it; a `Device<Bound>` only while the binding it was obtained in lasts (`NotBound` after); a
 * `Device<Normal>` (from `toNormal()`) proves nothing and never expires; an object handed out by a
 * guard (its parent) dies with the guard's critical section (`GuardReleased`).
 */
export class Device<Ctx extends Normal = Normal> {
  declare readonly [context]: Ctx;
  readonly #view: DeviceView;

  private constructor(view: DeviceView) {
    this.#view = view;
    registerView(this, view);
    markKernelObject(this);
  }

  static {
    make = (view) => new Device(view);
  }

  /** The device name (`0000:00:01.0`, `fb000000.gpu`, `nova_core.nova-drm.0`). */
  get name(): string {
    checkAlive(this.#view, 'Device.name');
    return this.#view.node.name;
  }

  /**
   * A `Device<Normal>` handle to the same device (Rust `ARef<Device>`): storable anywhere, proves
   * nothing about binding.
   */
  toNormal(): Device<Normal> {
    checkAlive(this.#view, 'Device.toNormal()');
    return make(normalView(this.#view.node));
  }

  /**
   * Treats this device as bound (Rust `Device::as_bound`), giving a `Device<Bound>` of the current
   * binding. Throws `NotBound` if the device is not bound at all; the returned view throws
   * `NotBound` once that binding ends.
   *
   * @unsafe The caller must guarantee that the device is bound to its driver for as long as the
   * returned `Device<Bound>` is used (for instance: it runs inside a bus callback of this device,
   * or holds a critical section that keeps the parent bound), and that it does not store it
   * beyond that. Justify each call with a `// SAFETY:` comment directly above it.
   */
  unsafeAsBound(): Device<Bound> {
    checkAlive(this.#view, 'Device.unsafeAsBound()');
    const node = this.#view.node;
    const binding = node.binding;
    if (binding === undefined || !binding.alive) {
      throw new NotBound(`Device.unsafeAsBound(): ${node.label} is not bound to a driver`, captureSite());
    }
    // SAFETY: the view proves `binding`, which is alive now and is checked again on every
    // Bound-only use, so the `Bound` context is never claimed for a dead binding.
    return make(boundView(node, binding, this.#view.lifetime)) as Device<Bound>;
  }

  /** Logs a driver message about this device (Rust `dev_info!`) to the simulator's log. */
  info(message: string): void {
    checkAlive(this.#view, 'Device.info()');
    const node = this.#view.node;
    node.kernel.emit({ kind: 'driver-message', subject: node.label, message });
  }
}

/** Makes the device object for a view (the model's own factory; not exported from the package). */
export function makeDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx` (a Core view for `Core`, …); the view
  // is checked at run time on every context-restricted use.
  return make(view) as Device<Ctx>;
}
