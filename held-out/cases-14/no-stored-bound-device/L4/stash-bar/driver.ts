// A PCI storage controller hands its BAR to a debugfs helper module that stashes it in module state. [class 3]
import type { pci } from '@bindsafe/kernel';
import { dbg_stash } from './lib/debugfs.js';

interface StorData {
  readonly bar: pci.Bar;
}

export const stor_driver: pci.Driver<StorData> = {
  name: 'stor_pci',
  idTable: [{ vendor: 0x1b4b, device: 0x9230 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const bar = pdev.iomapRegion(5, 'stor_pci').access(pdev.asRef());
    if (dbg_stash(bar, 0x40) !== 0) pdev.asRef().info('no debugfs'); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
