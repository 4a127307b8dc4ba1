import { BusDevice, aliveView, viewOnBus } from '../bus/bus-device.js';
import { iomapUnderDevres } from '../bus/iomap.js';
import { IrqLine } from '../bus/irq-line.js';
import type { Bound, Normal } from '../device/context.js';
import type { Device as GenericDevice } from '../device/device.js';
import type { PlatformProps } from '../device/device-node.js';
import { checkBound, normalView, viewOf, type DeviceView } from '../device/view.js';
import type { Devres } from '../devres/devres.js';
import { makeIoMem, type IoMem } from './io-mem.js';
import { makeIrqRegistration, type IrqRegistration } from './irq-registration.js';

declare const context: unique symbol;

let make: (view: DeviceView) => Device<Normal>;

function propsOf(view: DeviceView): PlatformProps {
  // SAFETY: platform.Device objects are only made for nodes of the platform bus.
  return view.node.props as PlatformProps;
}

/**
 * A platform device in context `Ctx` (Rust `platform::Device<Ctx>`), described by a
 * `compatible` string, memory resources and IRQs.
 *
 * Invariants: as for `device.Device`: Bound-only methods only while the binding lasts
 * (`NotBound`); made only by the simulated platform bus.
 */
export class Device<Ctx extends Normal = Normal> extends BusDevice<Ctx> {
  declare readonly [context]: Ctx;

  private constructor(view: DeviceView) {
    super(view, 'platform');
  }

  static {
    make = (view) => new Device(view);
  }

  /** The platform device behind a generic device, same context; `EINVAL` if it is not one. */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOnBus(dev, 'platform', 'a platform device');
    return makePlatformDevice<Ctx>(view);
  }

  get compatible(): string {
    return propsOf(aliveView(this, 'platform.Device.compatible')).compatible;
  }

  /** A `platform.Device<Normal>` handle: storable anywhere. */
  toNormal(): Device<Normal> {
    return make(normalView(aliveView(this, 'platform.Device.toNormal()').node));
  }

  /**
   * Requests and maps memory resource `index` (`io_request_by_index` + `iomap`), under devres:
   * revoked and unmapped at unbind. `EINVAL` for a missing resource, `EBUSY` if already mapped.
   * Bound only.
   */
  iomapResource(this: Device<Bound>, index: number): Devres<IoMem> {
    const what = 'platform.Device.iomapResource()';
    const view = viewOf(this);
    checkBound(view, what);
    const { node } = view;
    return iomapUnderDevres(this.asRef(), node, {
      what,
      name: `memory resource ${index}`,
      key: `res${index}`,
      region: propsOf(view).resources[index],
      label: `IoMem${index} of ${node.label}`,
      wrap: makeIoMem,
    });
  }

  /**
   * Requests IRQ `index` with `handler`: it may run until the returned registration is disposed
   * (at unbind at the latest). Bound only.
   */
  requestIrq(this: Device<Bound>, index: number, name: string, handler: () => void): IrqRegistration {
    const view = viewOf(this);
    const line = new IrqLine(view, 'platform.Device.requestIrq()', index, propsOf(view).irqs, name, handler);
    return makeIrqRegistration(line);
  }
}

/** Makes the platform device object for a view (the model's own factory). */
export function makePlatformDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
