// A PCI sensor exposes its status through an @unsafe-tagged getter; reading an accessor is not a call. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

export class Sensor {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  /** @unsafe Only read this while the device is bound. */
  get status(): number {
    // SAFETY: callers of this accessor guarantee the device is bound.
    return this.regs.access(this.pdev.asRef().unsafeAsBound()).read32(0x04);
  }
}

export function isReady(sensor: Sensor): boolean {
  const status = sensor.status;
  return (status & 1) === 1;
}
