// Per-binding services injected into the driver data: a register accessor and a device context.
import type { device, pci } from '@bindsafe/kernel';

export class DeviceContext {
  #current: device.Device<device.Bound> | undefined;
  keep(dev: device.Device<device.Bound>): this {
    this.#current = dev;
    return this;
  }
  get name(): string {
    return this.#current?.name ?? '<none>';
  }
}

export class RegisterFile {
  constructor(private readonly bar: pci.Bar) {}
  coreCount(): number {
    return this.bar.read32(0x04) & 0x3;
  }
}
