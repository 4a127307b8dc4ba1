// A platform UART acknowledges a pending interrupt on the next tick, capturing its IoMem.
import type { platform } from '@bindsafe/kernel';

const IRQ_ACK = 0x14;

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held9-uart-nexttick',
  idTable: [{ compatible: 'acme,uart' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    if ((io.read32(IRQ_ACK) & 1) !== 0) {
      process.nextTick(() => io.write32(1, IRQ_ACK)); // expect: bindsafe/no-stored-bound-device
    }
    return { io };
  },
};
