// A clock framework shim has its own method called unsafeAsBound that is not tagged @unsafe: no comment needed. [class 2]
import type { device } from '@bindsafe/kernel';

class ClockRef {
  constructor(readonly dev: device.Device, readonly rateHz: number) {}
  /** Returns the clock rate as the bound consumer sees it (a plain number, nothing unsafe). */
  unsafeAsBound(): number {
    return this.rateHz;
  }
}

export function rateOf(dev: device.Device, hz: number): number {
  const clk = new ClockRef(dev.toNormal(), hz);
  return clk.unsafeAsBound();
}
