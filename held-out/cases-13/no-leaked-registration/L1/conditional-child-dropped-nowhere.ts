// A debug child is made in a conditional expression and kept nowhere. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const dmaDriver: pci.Driver<{ readonly channels: number; readonly debug: boolean }> = {
  name: 'dma-eng',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    const debugfs = pdev.revision > 4 ? auxiliary.Registration.new(pdev.asRef(), 'debug', 0, 'dma') : undefined; // expect: bindsafe/no-leaked-registration
    return { channels: 8, debug: debugfs !== undefined };
  },
};
