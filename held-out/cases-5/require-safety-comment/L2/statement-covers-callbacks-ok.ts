// One SAFETY comment above a `map` statement covers the unsafe calls in its callback (not a callback of its own comment).
import type { devres, platform } from '@bindsafe/kernel';

export interface Bank {
  readonly handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export class PinctrlData {
  constructor(readonly banks: readonly Bank[]) {}

  snapshot(): number[] {
    // SAFETY: snapshot() is only called from the driver's suspend hook, which the bus runs while every bank's device is bound.
    return this.banks.map((bank) => bank.mem.access(bank.handle.asRef().unsafeAsBound()).read32(0x00));
  }
}

export const pinctrlDriver: platform.Driver<PinctrlData> = {
  name: 'held-pinctrl',
  idTable: [{ compatible: 'rockchip,rk3568-pinctrl' }],
  probe(pdev) {
    const data = new PinctrlData([{ handle: pdev.toNormal(), mem: pdev.iomapResource(0) }]);
    return data;
  },
};
