import type { Normal, ParentContext } from '../device/context.js';
import { makeDevice, type Device as GenericDevice } from '../device/device.js';
import type { AuxiliaryProps } from '../device/device-node.js';
import { boundView, checkAlive, checkBound, normalView, registerView, viewOf, BOUND, type DeviceView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { NotBound } from '../errors/violations.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';

declare const context: unique symbol;

let make: (view: DeviceView) => Device<Normal>;

function propsOf(view: DeviceView): AuxiliaryProps {
  // SAFETY: auxiliary.Device objects are only made for nodes of the auxiliary bus.
  return view.node.props as AuxiliaryProps;
}

/**
 * An auxiliary device in context `Ctx` (Rust `auxiliary::Device<Ctx>`): a child device that a
 * parent driver created with `auxiliary.Registration.new`, named `modname.name.id`.
 *
 * Invariants: as for `device.Device`; while the child is bound its parent is bound too (the
 * parent's unbind removes the child first), which is what `parent()` relies on.
 */
export class Device<Ctx extends Normal = Normal> {
  declare readonly [context]: Ctx;
  readonly #view: DeviceView;
  #generic: GenericDevice<Ctx> | undefined;

  private constructor(view: DeviceView) {
    this.#view = view;
    registerView(this, view);
    markKernelObject(this);
  }

  static {
    make = (view) => new Device(view);
  }

  /** The auxiliary device behind a generic device, same context; `EINVAL` if it is not one. */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOf(dev);
    if (view.node.props.bus !== 'auxiliary') throw new KernelError('EINVAL', `${view.node.label} is not an auxiliary device`);
    return makeAuxiliaryDevice<Ctx>(view);
  }

  get name(): string {
    checkAlive(this.#view, 'auxiliary.Device.name');
    return this.#view.node.name;
  }

  /** The id given to `auxiliary.Registration.new`. */
  get id(): number {
    checkAlive(this.#view, 'auxiliary.Device.id');
    return propsOf(this.#view).id;
  }

  get modname(): string {
    checkAlive(this.#view, 'auxiliary.Device.modname');
    return propsOf(this.#view).modname;
  }

  /** The generic device, same context. */
  asRef(): GenericDevice<Ctx> {
    checkAlive(this.#view, 'auxiliary.Device.asRef()');
    this.#generic ??= makeDevice<Ctx>(this.#view);
    return this.#generic;
  }

  /** An `auxiliary.Device<Normal>` handle: storable anywhere. */
  toNormal(): Device<Normal> {
    checkAlive(this.#view, 'auxiliary.Device.toNormal()');
    return make(normalView(this.#view.node));
  }

  /**
   * The parent device (Rust `Device::parent`): bound if this device is (a bound child implies a
   * bound parent), a handle otherwise. The bound parent lives only as long as this device's
   * binding.
   */
  parent(): GenericDevice<ParentContext<Ctx>> {
    checkAlive(this.#view, 'auxiliary.Device.parent()');
    const parent = propsOf(this.#view).parent;
    if (this.#view.level < BOUND) return makeDevice<ParentContext<Ctx>>(normalView(parent));
    const childBinding = checkBound(this.#view, 'auxiliary.Device.parent()');
    const parentBinding = parent.binding;
    if (parentBinding === undefined || !parentBinding.alive) {
      throw new NotBound(`auxiliary.Device.parent(): the parent ${parent.label} is not bound`, undefined);
    }
    // SAFETY: this view proves the child's binding, and a child is removed before its parent's
    // binding ends, so the parent is bound at least as long as the child's binding (which the
    // view's lifetime includes).
    return makeDevice<ParentContext<Ctx>>(boundView(parent, parentBinding, [...this.#view.lifetime, childBinding.scope]));
  }
}

/** Makes the auxiliary device object for a view (the model's own factory). */
export function makeAuxiliaryDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
