// A class-based PCI sound driver keeps the last probed BAR on the driver object for its mixer. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

const MIX_VOL = 0x20;

interface SndData {
  readonly regs: devres.Devres<pci.Bar>;
}

class SndDriver implements pci.Driver<SndData> {
  readonly name = 'snd_pci';
  readonly idTable = [{ vendor: 0x1274, device: 0x5000 }];
  mix_bar: pci.Bar | undefined;

  probe(pdev: pci.Device<device.Core>): SndData {
    const regs = pdev.iomapRegion(0, 'snd');
    this.mix_bar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  }

  set_volume(v: number): number {
    if (this.mix_bar === undefined) return -19;
    this.mix_bar.write32(v, MIX_VOL);
    return 0;
  }
}

export const snd_driver = new SndDriver();
