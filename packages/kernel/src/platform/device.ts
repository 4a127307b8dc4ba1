import { IrqLine } from '../bus/irq-line.js';
import { MmioRegion } from '../bus/mmio-region.js';
import type { Bound, Normal } from '../device/context.js';
import { makeDevice, type Device as GenericDevice } from '../device/device.js';
import type { DeviceNode, PlatformProps } from '../device/device-node.js';
import { checkAlive, checkBound, normalView, registerView, viewOf, type DeviceView } from '../device/view.js';
import { devresWithRelease, type Devres } from '../devres/devres.js';
import { KernelError } from '../errors/kernel-error.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { makeIoMem, type IoMem } from './io-mem.js';
import { makeIrqRegistration, type IrqRegistration } from './irq-registration.js';

declare const context: unique symbol;

let make: (view: DeviceView) => Device<Normal>;

function propsOf(view: DeviceView): PlatformProps {
  // SAFETY: platform.Device objects are only made for nodes of the platform bus.
  return view.node.props as PlatformProps;
}

const resourcesInUse = new WeakMap<DeviceNode, Set<number>>();
function requested(node: DeviceNode): Set<number> {
  let set = resourcesInUse.get(node);
  if (set === undefined) resourcesInUse.set(node, (set = new Set()));
  return set;
}

/**
 * A platform device in context `Ctx` (Rust `platform::Device<Ctx>`), described by a
 * `compatible` string, memory resources and IRQs.
 *
 * Invariants: as for `device.Device`: Bound-only methods only while the binding lasts
 * (`NotBound`); made only by the simulated platform bus.
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

  /** The platform device behind a generic device, same context; `EINVAL` if it is not one. */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOf(dev);
    if (view.node.props.bus !== 'platform') throw new KernelError('EINVAL', `${view.node.label} is not a platform device`);
    return makePlatformDevice<Ctx>(view);
  }

  get name(): string {
    checkAlive(this.#view, 'platform.Device.name');
    return this.#view.node.name;
  }

  get compatible(): string {
    checkAlive(this.#view, 'platform.Device.compatible');
    return propsOf(this.#view).compatible;
  }

  /** The generic device, same context. */
  asRef(): GenericDevice<Ctx> {
    checkAlive(this.#view, 'platform.Device.asRef()');
    this.#generic ??= makeDevice<Ctx>(this.#view);
    return this.#generic;
  }

  /** A `platform.Device<Normal>` handle: storable anywhere. */
  toNormal(): Device<Normal> {
    checkAlive(this.#view, 'platform.Device.toNormal()');
    return make(normalView(this.#view.node));
  }

  /**
   * Requests and maps memory resource `index` (`io_request_by_index` + `iomap`), under devres:
   * revoked and unmapped at unbind. `EINVAL` for a missing resource, `EBUSY` if already mapped.
   * Bound only.
   */
  iomapResource(this: Device<Bound>, index: number): Devres<IoMem> {
    checkBound(this.#view, 'platform.Device.iomapResource()');
    const node = this.#view.node;
    const resource = propsOf(this.#view).resources[index];
    if (resource === undefined) throw new KernelError('EINVAL', `platform.Device.iomapResource(): ${node.label} has no memory resource ${index}`);
    const inUse = requested(node);
    if (inUse.has(index)) throw new KernelError('EBUSY', `platform.Device.iomapResource(): resource ${index} of ${node.label} is already requested`);
    inUse.add(index);
    const mapping = new MmioRegion(resource, `IoMem${index} of ${node.label}`);
    return devresWithRelease(this.asRef(), makeIoMem(mapping), () => {
      mapping.unmap();
      inUse.delete(index);
    });
  }

  /**
   * Requests IRQ `index` with `handler`: it may run until the returned registration is disposed
   * (at unbind at the latest). Bound only.
   */
  requestIrq(this: Device<Bound>, index: number, name: string, handler: () => void): IrqRegistration {
    const line = new IrqLine(this.#view, 'platform.Device.requestIrq()', index, propsOf(this.#view).irqs, name, handler);
    return makeIrqRegistration(line);
  }
}

/** Makes the platform device object for a view (the model's own factory). */
export function makePlatformDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
