// A switch over the id-table info; only handles and plain values leave probe.
import type { devres, pci } from '@bindsafe/kernel';

type Variant = 'lite' | 'pro' | 'max';
export const boards = new Map<string, { variant: Variant; handle: pci.Device }>();

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly queues: number }, Variant> = {
  name: 'held-nsbd-switch',
  idTable: [
    { vendor: 0x1b36, device: 0x0080, info: 'lite' },
    { vendor: 0x1b36, device: 0x0081, info: 'pro' },
  ],
  probe(pdev, info = 'lite') {
    let queues: number;
    switch (info) {
      case 'lite':
        queues = 1;
        break;
      case 'pro':
      case 'max':
        queues = 4;
        pdev.setMaster();
        break;
    }
    boards.set(pdev.name, { variant: info, handle: pdev.toNormal() });
    return { regs: pdev.iomapRegion(0, 'held-nsbd-switch'), queues };
  },
};
