import { makeAuxiliaryDevice, type Device } from '../auxiliary/device.js';
import type { Driver } from '../auxiliary/driver.js';
import type { Bus } from '../bus/bus.js';
import { normalView } from '../device/view.js';

/**
 * The simulated auxiliary bus, as the `Kernel` exposes it. Its devices are created by parent
 * drivers (`auxiliary.Registration.new`), not by the simulator.
 *
 * Invariants: every device on it has a parent device on another bus.
 */
export class AuxiliarySim {
  readonly #bus: Bus;

  constructor(bus: Bus) {
    this.#bus = bus;
  }

  registerDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.registerDriver(driver);
  }

  unregisterDriver<Data, Info>(driver: Driver<Data, Info>): Promise<void> {
    return this.#bus.unregisterDriver(driver);
  }

  devices(): Device[] {
    return this.#bus.devices.map((node) => makeAuxiliaryDevice(normalView(node)));
  }
}
