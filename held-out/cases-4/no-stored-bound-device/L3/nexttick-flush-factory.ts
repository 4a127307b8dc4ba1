// A helper returns a flush closure over the Bar, and probe hands that closure to process.nextTick. [class 7]
import type { devres, pci } from '@bindsafe/kernel';

function makeFlush(bar: pci.Bar, mask: number): () => void {
  return () => {
    bar.write32(mask, 0x0c);
    bar.write32(0, 0x0c);
  };
}

export const dmaDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-dma',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe(pdev) {
    pdev.setMaster();
    const regs = pdev.iomapRegion(0, 'held-dma');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x1, 0x00);
    process.nextTick(makeFlush(bar, 0xff)); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
