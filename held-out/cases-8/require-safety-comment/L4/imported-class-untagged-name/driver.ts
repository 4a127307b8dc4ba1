// A PCI GPU calls an imported tracker's own assumeCtx(), which has no @unsafe tag, through a barrel: no comment is needed.
import type { devres, pci } from '@bindsafe/kernel';
import { ContextTracker, type RenderCtx } from './index.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly tracker: ContextTracker; readonly was: RenderCtx }> = {
  name: 'held8-gpu-tracker',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    const tracker = new ContextTracker();
    const was = tracker.assumeCtx('busy');
    return { regs: pdev.iomapRegion(0, 'gpu'), tracker, was };
  },
};
