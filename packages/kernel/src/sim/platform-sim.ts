import type { Bus } from '../bus/bus.js';
import { DeviceNode } from '../device/device-node.js';
import { normalView } from '../device/view.js';
import { KernelError } from '../errors/kernel-error.js';
import { makePlatformDevice, type Device } from '../platform/device.js';
import type { Driver } from '../platform/driver.js';
import { checkPlatformSpec, toRegion, type PlatformDeviceSpec } from './device-specs.js';
import type { KernelContext } from './kernel-context.js';

/**
 * The simulated platform bus, as the `Kernel` exposes it.
 *
 * Invariants: device names are unique on the bus.
 */
export class PlatformSim {
  readonly #ctx: KernelContext;
  readonly #bus: Bus;

  constructor(ctx: KernelContext, bus: Bus) {
    this.#ctx = ctx;
    this.#bus = bus;
  }

  /**
   * Adds a device and probes a matching driver; resolves to a `platform.Device<Normal>` handle.
   * `EINVAL` for a bad spec, `EEXIST` for a name taken.
   */
  async addDevice(spec: PlatformDeviceSpec): Promise<Device> {
    checkPlatformSpec(spec);
    if (this.#bus.hasDevice(spec.name)) {
      throw new KernelError('EEXIST', `platform device ${spec.name} already exists`);
    }
    const node = new DeviceNode(
      this.#ctx,
      spec.name,
      { bus: 'platform', compatible: spec.compatible, resources: (spec.resources ?? []).map((resource, index) => toRegion(resource, `platform addDevice(): resource ${index}`)), irqs: spec.irqs ?? 1 },
      makePlatformDevice,
    );
    await this.#bus.addDevice(node);
    return makePlatformDevice(normalView(node));
  }

  registerDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.registerDriver(driver);
  }

  unregisterDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.unregisterDriver(driver);
  }

  devices(): Device[] {
    return this.#bus.devices.map((node) => makePlatformDevice(normalView(node)));
  }
}
