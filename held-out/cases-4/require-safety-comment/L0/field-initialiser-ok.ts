// A SAFETY comment directly above a class field whose initialiser (an arrow) makes the unsafe call on that line.
import type { devres, platform } from '@bindsafe/kernel';

export class ClockData {
  readonly #handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;

  // SAFETY: `rate` is only called by `unbind`, which runs while the device is still bound.
  readonly rate = (): number => this.mem.access(this.#handle.asRef().unsafeAsBound()).read32(0x08);

  constructor(handle: platform.Device, mem: devres.Devres<platform.IoMem>) {
    this.#handle = handle;
    this.mem = mem;
  }
}

export const clockDriver: platform.Driver<ClockData> = {
  name: 'held-clk',
  idTable: [{ compatible: 'fixed-factor-clock' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(24_000_000, 0x08);
    return new ClockData(pdev.toNormal(), mem);
  },
  unbind(pdev, data) {
    pdev.asRef().info(`clock was ${data.rate()} Hz`);
  },
};
