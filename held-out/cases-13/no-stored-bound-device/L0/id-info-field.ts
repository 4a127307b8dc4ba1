// A PCI sound card driver's id-table info objects are board descriptors; probe writes the mapped BAR back into the matched descriptor. [class 6]
import type { devres, pci } from '@bindsafe/kernel';

class BoardInfo {
  mixer: pci.Bar | undefined;
  probed = 0;
  constructor(readonly codec: string, readonly channels: 2 | 6 | 8) {}
}

class SoundCard {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly board: string) {}
}

export const hdaDriver: pci.Driver<SoundCard, BoardInfo> = {
  name: 'snd_hda_lite',
  idTable: [
    { vendor: 0x8086, device: 0xa348, info: new BoardInfo('alc256', 2) },
    { vendor: 0x1022, device: 0x15e3, info: new BoardInfo('alc1220', 8) },
  ],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'hda');
    if (info !== undefined) {
      info.probed++;
      info.mixer = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    }
    return new SoundCard(regs, info?.codec ?? 'generic');
  },
};
