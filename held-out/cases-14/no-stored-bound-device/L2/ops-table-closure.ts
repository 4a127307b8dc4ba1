// A PCI framebuffer fills a module-level function-pointer table of blit ops with closures over its BAR. [class 7]
import type { pci } from '@bindsafe/kernel';

const FB_FILL = 0x100;
const OP_FILL = 0;
const OP_SYNC = 1;

type BlitOp = (arg: number) => number;

interface FbData {
  readonly bar: pci.Bar;
}

const g_blit_ops: (BlitOp | undefined)[] = [undefined, undefined];

export function fb_blit(op: number, arg: number): number {
  const fn = g_blit_ops[op];
  if (fn === undefined) return -95;
  return fn(arg);
}

export const fb_driver: pci.Driver<FbData> = {
  name: 'fb_pci',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'fb').access(pdev.asRef());
    g_blit_ops[OP_FILL] = (color) => { bar.write32(color, FB_FILL); return 0; }; // expect: bindsafe/no-stored-bound-device
    g_blit_ops[OP_SYNC] = () => 0;
    return { bar };
  },
};
