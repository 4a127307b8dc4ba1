// A platform I2C controller destructures the driver data in unbind's parameter list and resets a counter it holds. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface XferCounters {
  naks: number;
  arbLost: number;
}

interface I2cData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly counters: XferCounters;
  readonly busHz: number;
}

export const i2cDriver: platform.Driver<I2cData, number> = {
  name: 'dw-i2c-lite',
  idTable: [{ compatible: 'snps,designware-i2c', info: 400_000 }],
  probe(pdev, busHz) {
    const io = pdev.iomapResource(0);
    return { io, counters: { naks: 0, arbLost: 0 }, busHz: busHz ?? 100_000 };
  },
  unbind(pdev, { io, counters: { ...seen }, counters, busHz }) {
    io.access(pdev.asRef()).write32(0, 0x6c);
    pdev.asRef().info(`dw-i2c-lite @${busHz}Hz: ${seen.naks} NAKs`);
    counters.naks = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
