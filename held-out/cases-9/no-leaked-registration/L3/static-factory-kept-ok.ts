// A same-file class with a private constructor and a static `create` factory holds a child; probe keeps the instance.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class ClockChild {
  readonly #registration: auxiliary.Registration;

  private constructor(registration: auxiliary.Registration) {
    this.#registration = registration;
  }

  static create(dev: device.Device<device.Bound>): ClockChild {
    return new ClockChild(auxiliary.Registration.new(dev, 'clk', 0, 'held9_clk'));
  }

  get name(): string {
    return this.#registration.name;
  }
}

interface ClkData {
  readonly clock: ClockChild;
}

export const clkDriver: pci.Driver<ClkData> = {
  name: 'held9-clk',
  idTable: [{ vendor: 0x1d17, device: 0x0001 }],
  probe(pdev) {
    const clock = ClockChild.create(pdev.asRef());
    return { clock };
  },
};
