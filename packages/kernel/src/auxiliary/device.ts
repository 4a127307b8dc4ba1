import { BusDevice, aliveView, viewOnBus } from '../bus/bus-device.js';
import type { Normal, ParentContext } from '../device/context.js';
import { makeDevice, type Device as GenericDevice } from '../device/device.js';
import type { AuxiliaryProps } from '../device/device-node.js';
import { boundView, checkBound, normalView, BOUND, type DeviceView } from '../device/view.js';
import { NotBound } from '../errors/violations.js';

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
export class Device<Ctx extends Normal = Normal> extends BusDevice<Ctx> {
  declare readonly [context]: Ctx;

  private constructor(view: DeviceView) {
    super(view, 'auxiliary');
  }

  static {
    make = (view) => new Device(view);
  }

  /** The auxiliary device behind a generic device, same context; `EINVAL` if it is not one. */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOnBus(dev, 'auxiliary', 'an auxiliary device');
    return makeAuxiliaryDevice<Ctx>(view);
  }

  /** The id given to `auxiliary.Registration.new`. */
  get id(): number {
    return propsOf(aliveView(this, 'auxiliary.Device.id')).id;
  }

  get modname(): string {
    return propsOf(aliveView(this, 'auxiliary.Device.modname')).modname;
  }

  /** An `auxiliary.Device<Normal>` handle: storable anywhere. */
  toNormal(): Device<Normal> {
    return make(normalView(aliveView(this, 'auxiliary.Device.toNormal()').node));
  }

  /**
   * The parent device (Rust `Device::parent`): bound if this device is (a bound child implies a
   * bound parent), a handle otherwise. The bound parent lives only as long as this device's
   * binding.
   */
  parent(): GenericDevice<ParentContext<Ctx>> {
    const view = aliveView(this, 'auxiliary.Device.parent()');
    const parent = propsOf(view).parent;
    if (view.level < BOUND) return makeDevice<ParentContext<Ctx>>(normalView(parent));
    const childBinding = checkBound(view, 'auxiliary.Device.parent()');
    const parentBinding = parent.binding;
    if (parentBinding === undefined || !parentBinding.alive) {
      throw new NotBound(`auxiliary.Device.parent(): the parent ${parent.label} is not bound`, undefined);
    }
    // SAFETY: this view proves the child's binding, and a child is removed before its parent's
    // binding ends, so the parent is bound at least as long as the child's binding (which the
    // view's lifetime includes).
    return makeDevice<ParentContext<Ctx>>(boundView(parent, parentBinding, [...view.lifetime, childBinding.scope]));
  }
}

/** Makes the auxiliary device object for a view (the model's own factory). */
export function makeAuxiliaryDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
