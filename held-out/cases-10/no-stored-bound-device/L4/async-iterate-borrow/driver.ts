// [class 5] A PCI firmware loader drains an imported async generator of chunks; the BAR is only used during the call.
import type { device, pci } from '@bindsafe/kernel';
import { chunks } from './lib/index.js';
const written: number[] = [];
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-async-iterate-borrow',
  idTable: [{ vendor: 0x1af4, device: 0x1079 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-async-iterate-borrow').access(pdev.asRef());
    const words = [bar.read32(0), bar.read32(4)];
    void (async () => {
      for await (const w of chunks(words)) written.push(w);
    })();
    return { bar };
  },
};
