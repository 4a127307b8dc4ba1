// An audio codec driver hands its mixer BAR through two aliases before caching it module-wide [class 6]
import type { devres, pci } from '@bindsafe/kernel';

let mixerCache: pci.Bar | null = null;

export const codecDriver: pci.Driver<{ readonly mixer: devres.Devres<pci.Bar> }> = {
  name: 'hda-lite',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mixer = pdev.iomapRegion(0, 'hda-mixer');
    const bar = mixer.access(pdev.asRef());
    const regs = bar;
    const target = regs;
    target.write16(0x7f, 0x2);
    mixerCache = target; // expect: bindsafe/no-stored-bound-device
    return { mixer };
  },
};
