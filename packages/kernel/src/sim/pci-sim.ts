import type { Bus } from '../bus/bus.js';
import { DeviceNode } from '../device/device-node.js';
import { normalView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { makePciDevice, type Device } from '../pci/device.js';
import type { Driver } from '../pci/driver.js';
import { checkPciSpec, toRegion, type PciDeviceSpec } from './device-specs.js';
import type { KernelContext } from './kernel-context.js';

/**
 * The simulated PCI bus, as the `Kernel` exposes it: plug devices in, register drivers.
 *
 * Invariants: device names are unique on the bus.
 */
export class PciSim {
  readonly #ctx: KernelContext;
  readonly #bus: Bus;
  #nextSlot = 1;

  constructor(ctx: KernelContext, bus: Bus) {
    this.#ctx = ctx;
    this.#bus = bus;
  }

  /**
   * Plugs a device in and probes a matching driver; resolves to a `pci.Device<Normal>` handle.
   * `EINVAL` for a bad spec, `EEXIST` for a name taken.
   */
  async addDevice(spec: PciDeviceSpec): Promise<Device> {
    checkPciSpec(spec);
    const name = spec.name ?? `0000:00:${(this.#nextSlot++).toString(16).padStart(2, '0')}.0`;
    if (this.#bus.hasDevice(name)) throw new KernelError('EEXIST', `pci device ${name} already exists`);
    const node = new DeviceNode(
      this.#ctx,
      name,
      {
        bus: 'pci',
        vendor: spec.vendor,
        device: spec.device,
        revision: spec.revision ?? 0,
        bars: (spec.bars ?? []).map((bar, index) => (bar === undefined ? undefined : toRegion(bar, `pci addDevice(): BAR ${index}`))),
        irqs: spec.irqs ?? 1,
      },
      makePciDevice,
    );
    await this.#bus.addDevice(node);
    return makePciDevice(normalView(node));
  }

  /** Registers a driver and probes the devices it matches (probe failures are logged). */
  registerDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.registerDriver(driver);
  }

  /** Unbinds the driver from its devices and unregisters it. */
  unregisterDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.unregisterDriver(driver);
  }

  /** Handles to the devices on the bus. */
  devices(): Device[] {
    return this.#bus.devices.map((node) => makePciDevice(normalView(node)));
  }
}
