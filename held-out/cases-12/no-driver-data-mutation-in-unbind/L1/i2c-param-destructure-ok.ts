// A platform I2C controller destructures the driver data in unbind's parameter list, with defaults, and only reads it. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface XferCounters {
  naks: number;
  arbLost: number;
}

interface I2cData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly counters: XferCounters;
  readonly busHz?: number;
}

export const i2cDriver: platform.Driver<I2cData, number> = {
  name: 'dw-i2c-lite',
  idTable: [{ compatible: 'snps,designware-i2c', info: 400_000 }],
  probe(pdev, busHz) {
    const io = pdev.iomapResource(0);
    const counters: XferCounters = { naks: 0, arbLost: 0 };
    counters.arbLost = io.access(pdev.asRef()).read32(0x80) & 1;
    return { io, counters, busHz };
  },
  unbind(pdev, { io, counters: { naks, arbLost }, busHz = 100_000 }) {
    io.access(pdev.asRef()).write32(0, 0x6c);
    let total = naks;
    total += arbLost;
    pdev.asRef().info(`dw-i2c-lite @${busHz}Hz: ${total} aborted transfers`);
  },
};
