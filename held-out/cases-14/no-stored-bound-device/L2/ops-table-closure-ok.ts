// A PCI framebuffer fills a function-pointer table of blit ops, owned by its driver data, with closures over its BAR. [class 7]
import type { pci } from '@bindsafe/kernel';

const FB_FILL = 0x100;
const OP_FILL = 0;
const OP_SYNC = 1;

type BlitOp = (arg: number) => number;

interface FbData {
  readonly bar: pci.Bar;
  readonly ops: BlitOp[];
}

export const fb_driver: pci.Driver<FbData> = {
  name: 'fb_pci',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'fb').access(pdev.asRef());
    const ops: BlitOp[] = [];
    ops[OP_FILL] = (color) => { bar.write32(color, FB_FILL); return 0; };
    ops[OP_SYNC] = () => 0;
    return { bar, ops };
  },
};
