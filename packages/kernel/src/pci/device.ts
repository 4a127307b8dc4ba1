import { BusDevice, aliveView, viewOnBus } from '../bus/bus-device.js';
import { iomapUnderDevres } from '../bus/iomap.js';
import { IrqLine } from '../bus/irq-line.js';
import type { Bound, Core, Normal } from '../device/context.js';
import type { Device as GenericDevice } from '../device/device.js';
import type { DeviceNode, PciProps } from '../device/device-node.js';
import { checkBound, checkCore, normalView, viewOf, type DeviceView } from '../device/view.js';
import type { Devres } from '../devres/devres.js';
import { KernelError } from '../errors/kernel-error.js';
import { makeBar, type Bar } from './bar.js';
import { makeIrqRegistration, type IrqRegistration } from './irq-registration.js';

declare const context: unique symbol;

let make: (view: DeviceView) => Device<Normal>;

/** The PCI config-space state the driver core tracks per device. */
interface PciState {
  memEnabled: boolean;
  master: boolean;
}
const states = new WeakMap<DeviceNode, PciState>();

function stateOf(node: DeviceNode): PciState {
  let state = states.get(node);
  if (state === undefined) states.set(node, (state = { memEnabled: false, master: false }));
  return state;
}

function propsOf(view: DeviceView): PciProps {
  // SAFETY: pci.Device objects are only made for nodes of the pci bus (`fromDevice` checks).
  return view.node.props as PciProps;
}

/**
 * A PCI device in context `Ctx` (Rust `pci::Device<Ctx>`). `probe` and `unbind` get a
 * `Device<Core>`; `asRef()` gives the generic `device.Device` of the same context.
 *
 * Invariants: as for `device.Device`: Core-only methods only inside the callback
 * (`ContextExpired`), Bound-only methods only while the binding lasts (`NotBound`); made only by
 * the simulated PCI bus.
 */
export class Device<Ctx extends Normal = Normal> extends BusDevice<Ctx> {
  declare readonly [context]: Ctx;

  private constructor(view: DeviceView) {
    super(view, 'pci');
  }

  static {
    make = (view) => new Device(view);
  }

  /**
   * The PCI device behind a generic device (Rust `TryFrom<&device::Device>`), same context;
   * `EINVAL` if it is not a PCI device.
   */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOnBus(dev, 'pci', 'a PCI device');
    return makePciDevice<Ctx>(view);
  }

  get vendorId(): number {
    return propsOf(aliveView(this, 'pci.Device.vendorId')).vendor;
  }

  get deviceId(): number {
    return propsOf(aliveView(this, 'pci.Device.deviceId')).device;
  }

  get revision(): number {
    return propsOf(aliveView(this, 'pci.Device.revision')).revision;
  }

  /** A `pci.Device<Normal>` handle (Rust `ARef<pci::Device>`): storable anywhere. */
  toNormal(): Device<Normal> {
    return make(normalView(aliveView(this, 'pci.Device.toNormal()').node));
  }

  /** The length of BAR `bar` in bytes (`EINVAL` if the device has no such BAR). */
  resourceLen(bar: number): number {
    const view = aliveView(this, 'pci.Device.resourceLen()');
    const region = propsOf(view).bars[bar];
    if (region === undefined) throw new KernelError('EINVAL', `pci.Device.resourceLen(): ${view.node.label} has no BAR ${bar}`);
    return region.size;
  }

  /** Enables memory decoding (`pci_enable_device_mem`); undone at unbind. Core only. */
  enableDeviceMem(this: Device<Core>): void {
    const view = viewOf(this);
    const binding = checkCore(view, 'pci.Device.enableDeviceMem()');
    const state = stateOf(view.node);
    if (state.memEnabled) return;
    state.memEnabled = true;
    binding.resources.add(`memory decoding of ${view.node.label}`, () => {
      state.memEnabled = false;
      state.master = false;
    });
  }

  /** Enables bus mastering (`pci_set_master`). Core only. */
  setMaster(this: Device<Core>): void {
    const view = viewOf(this);
    checkCore(view, 'pci.Device.setMaster()');
    stateOf(view.node).master = true;
  }

  /** Whether memory decoding is enabled (what config space says). */
  get memoryEnabled(): boolean {
    const view = aliveView(this, 'pci.Device.memoryEnabled');
    return stateOf(view.node).memEnabled;
  }

  /** Whether bus mastering is enabled. */
  get busMaster(): boolean {
    const view = aliveView(this, 'pci.Device.busMaster');
    return stateOf(view.node).master;
  }

  /**
   * Requests and maps BAR `bar` (`pci_iomap_region`), under devres: the mapping is revoked and
   * unmapped at unbind. `EINVAL` for a missing BAR, `EBUSY` if it is already mapped. Bound only.
   */
  iomapRegion(this: Device<Bound>, bar: number, name: string): Devres<Bar> {
    const what = 'pci.Device.iomapRegion()';
    const view = viewOf(this);
    checkBound(view, what);
    const { node } = view;
    return iomapUnderDevres(this.asRef(), node, {
      what,
      name: `BAR ${bar}`,
      key: `bar${bar}`,
      region: propsOf(view).bars[bar],
      label: `Bar${bar}(${name}) of ${node.label}`,
      wrap: makeBar,
    });
  }

  /**
   * Requests IRQ vector `vector` with `handler` (`request_irq`): the handler may run until the
   * returned registration is disposed (at unbind at the latest). Bound only.
   */
  requestIrq(this: Device<Bound>, vector: number, name: string, handler: () => void): IrqRegistration {
    const view = viewOf(this);
    const line = new IrqLine(view, 'pci.Device.requestIrq()', vector, propsOf(view).irqs, name, handler);
    return makeIrqRegistration(line);
  }
}

/** Makes the PCI device object for a view (the model's own factory). */
export function makePciDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
