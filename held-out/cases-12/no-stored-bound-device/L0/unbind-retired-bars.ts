// A framebuffer driver keeps the BARs of unbound cards in a module-level "retired" list [class 3]
import type { devres, pci } from '@bindsafe/kernel';

const retired: pci.Bar[] = [];

export const fbDriver: pci.Driver<{ readonly vram: devres.Devres<pci.Bar>; readonly width: number }> = {
  name: 'simplefb-pci',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return { vram: pdev.iomapRegion(0, 'vram'), width: 1024 };
  },
  unbind(pdev, data) {
    const vram = data.vram.access(pdev.asRef());
    vram.write32(0, 0);
    retired.push(vram); // expect: bindsafe/no-stored-bound-device
  },
};

export const retiredCount = (): number => retired.length;
