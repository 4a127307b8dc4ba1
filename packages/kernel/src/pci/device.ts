import { IrqLine } from '../bus/irq-line.js';
import type { Bound, Core, Normal } from '../device/context.js';
import { makeDevice, type Device as GenericDevice } from '../device/device.js';
import type { DeviceNode, PciProps } from '../device/device-node.js';
import { checkAlive, checkBound, checkCore, normalView, registerView, viewOf, type DeviceView } from '../device/view.js';
import { devresWithRelease, type Devres } from '../devres/devres.js';
import { KernelError } from '../errors/kernel-error.js';
import { markKernelObject } from '../lifetime/kernel-objects.js';
import { MmioRegion } from '../bus/mmio-region.js';
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

  /**
   * The PCI device behind a generic device (Rust `TryFrom<&device::Device>`), same context;
   * `EINVAL` if it is not a PCI device.
   */
  static fromDevice<Ctx extends Normal>(dev: GenericDevice<Ctx>): Device<Ctx> {
    const view = viewOf(dev);
    if (view.node.props.bus !== 'pci') throw new KernelError('EINVAL', `${view.node.label} is not a PCI device`);
    return makePciDevice<Ctx>(view);
  }

  get name(): string {
    checkAlive(this.#view, 'pci.Device.name');
    return this.#view.node.name;
  }

  get vendorId(): number {
    checkAlive(this.#view, 'pci.Device.vendorId');
    return propsOf(this.#view).vendor;
  }

  get deviceId(): number {
    checkAlive(this.#view, 'pci.Device.deviceId');
    return propsOf(this.#view).device;
  }

  get revision(): number {
    checkAlive(this.#view, 'pci.Device.revision');
    return propsOf(this.#view).revision;
  }

  /** The generic device, same context (Rust `AsRef<device::Device<Ctx>>`). */
  asRef(): GenericDevice<Ctx> {
    checkAlive(this.#view, 'pci.Device.asRef()');
    this.#generic ??= makeDevice<Ctx>(this.#view);
    return this.#generic;
  }

  /** A `pci.Device<Normal>` handle (Rust `ARef<pci::Device>`): storable anywhere. */
  toNormal(): Device<Normal> {
    checkAlive(this.#view, 'pci.Device.toNormal()');
    return make(normalView(this.#view.node));
  }

  /** The length of BAR `bar` in bytes (`EINVAL` if the device has no such BAR). */
  resourceLen(bar: number): number {
    checkAlive(this.#view, 'pci.Device.resourceLen()');
    const region = propsOf(this.#view).bars[bar];
    if (region === undefined) throw new KernelError('EINVAL', `pci.Device.resourceLen(): ${this.#view.node.label} has no BAR ${bar}`);
    return region.size;
  }

  /** Enables memory decoding (`pci_enable_device_mem`); undone at unbind. Core only. */
  enableDeviceMem(this: Device<Core>): void {
    const binding = checkCore(this.#view, 'pci.Device.enableDeviceMem()');
    const state = stateOf(this.#view.node);
    if (state.memEnabled) return;
    state.memEnabled = true;
    binding.resources.add(`memory decoding of ${this.#view.node.label}`, () => {
      state.memEnabled = false;
      state.master = false;
    });
  }

  /** Enables bus mastering (`pci_set_master`). Core only. */
  setMaster(this: Device<Core>): void {
    checkCore(this.#view, 'pci.Device.setMaster()');
    stateOf(this.#view.node).master = true;
  }

  /** Whether memory decoding is enabled (what config space says). */
  get memoryEnabled(): boolean {
    checkAlive(this.#view, 'pci.Device.memoryEnabled');
    return stateOf(this.#view.node).memEnabled;
  }

  /** Whether bus mastering is enabled. */
  get busMaster(): boolean {
    checkAlive(this.#view, 'pci.Device.busMaster');
    return stateOf(this.#view.node).master;
  }

  /**
   * Requests and maps BAR `bar` (`pci_iomap_region`), under devres: the mapping is revoked and
   * unmapped at unbind. `EINVAL` for a missing BAR, `EBUSY` if it is already mapped. Bound only.
   */
  iomapRegion(this: Device<Bound>, bar: number, name: string): Devres<Bar> {
    checkBound(this.#view, 'pci.Device.iomapRegion()');
    const node = this.#view.node;
    const region = propsOf(this.#view).bars[bar];
    if (region === undefined) throw new KernelError('EINVAL', `pci.Device.iomapRegion(): ${node.label} has no BAR ${bar}`);
    const key = `bar${bar}`;
    const mapped = mappedRegions(node);
    if (mapped.has(key)) throw new KernelError('EBUSY', `pci.Device.iomapRegion(): BAR ${bar} of ${node.label} is already requested`);
    mapped.add(key);
    const mapping = new MmioRegion(region, `Bar${bar}(${name}) of ${node.label}`);
    return devresWithRelease(this.asRef(), makeBar(mapping), () => {
      mapping.unmap();
      mapped.delete(key);
    });
  }

  /**
   * Requests IRQ vector `vector` with `handler` (`request_irq`): the handler may run until the
   * returned registration is disposed (at unbind at the latest). Bound only.
   */
  requestIrq(this: Device<Bound>, vector: number, name: string, handler: () => void): IrqRegistration {
    const line = new IrqLine(this.#view, 'pci.Device.requestIrq()', vector, propsOf(this.#view).irqs, name, handler);
    return makeIrqRegistration(line);
  }
}

const regionsInUse = new WeakMap<DeviceNode, Set<string>>();
function mappedRegions(node: DeviceNode): Set<string> {
  let set = regionsInUse.get(node);
  if (set === undefined) regionsInUse.set(node, (set = new Set()));
  return set;
}

/** Makes the PCI device object for a view (the model's own factory). */
export function makePciDevice<Ctx extends Normal>(view: DeviceView): Device<Ctx> {
  // SAFETY: callers pass a view whose level matches `Ctx`; it is re-checked on every use.
  return make(view) as Device<Ctx>;
}
