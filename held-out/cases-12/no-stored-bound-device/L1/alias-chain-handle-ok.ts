// An audio codec driver passes its device through aliases and caches only the Normal handle [class 2]
import type { devres, pci } from '@bindsafe/kernel';

let codecHandle: pci.Device | null = null;

export const codecDriver: pci.Driver<{ readonly mixer: devres.Devres<pci.Bar> }> = {
  name: 'hda-lite-ok',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mixer = pdev.iomapRegion(0, 'hda-mixer');
    const dev = pdev;
    const same = dev;
    mixer.access(same.asRef()).write16(0x7f, 0x2);
    codecHandle = same.toNormal();
    return { mixer };
  },
};
