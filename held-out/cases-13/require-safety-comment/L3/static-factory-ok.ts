// A platform clock controller wraps a register read in an @unsafe static factory and justifies its call. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

export class ClockGate {
  private constructor(private readonly rate: number) {}

  /**
   * Reads the gate's rate register.
   * @unsafe The caller must guarantee that `dev` is bound while the register is read.
   */
  static read(dev: device.Device, mmio: devres.Devres<platform.IoMem>): ClockGate {
    // SAFETY: this factory's contract: the caller guarantees `dev` is bound.
    return new ClockGate(mmio.access(dev.unsafeAsBound()).read32(0x08));
  }

  get hz(): number {
    return this.rate * 1000;
  }
}

export function currentRate(pdev: platform.Device, mmio: devres.Devres<platform.IoMem>): number {
  // SAFETY: currentRate is only called from the clock provider the driver data owns.
  return ClockGate.read(pdev.asRef(), mmio).hz;
}
