// In a multi-line conditional expression the SAFETY comment sits on its own line directly above the arm that makes the unsafe call.
import type { devres, platform } from '@bindsafe/kernel';

export class SpiData {
  running = false;

  constructor(
    readonly handle: platform.Device,
    readonly mem: devres.Devres<platform.IoMem>,
  ) {}

  /** FIFO level, read by unbind before the controller is stopped. */
  fifoLevel(): number {
    const level = this.running
      // SAFETY: `running` is set at the end of probe and only cleared by unbind, so the device is bound while it is true.
      ? this.mem.access(this.handle.asRef().unsafeAsBound()).read32(0x24)
      : 0;
    return level & 0xff;
  }
}

export const spiDriver: platform.Driver<SpiData> = {
  name: 'held-spi',
  idTable: [{ compatible: 'snps,dw-apb-ssi' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(1, 0x08);
    const data = new SpiData(pdev.toNormal(), mem);
    data.running = true;
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`fifo level at unbind: ${data.fifoLevel()}`);
  },
};
