// A class-based PCI sound driver counts probes on the driver object and keeps the BAR container for its mixer. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

const MIX_VOL = 0x20;

interface SndData {
  readonly regs: devres.Devres<pci.Bar>;
}

class SndDriver implements pci.Driver<SndData> {
  readonly name = 'snd_pci';
  readonly idTable = [{ vendor: 0x1274, device: 0x5000 }];
  mix_regs: devres.Devres<pci.Bar> | undefined;
  nprobed = 0;

  probe(pdev: pci.Device<device.Core>): SndData {
    const regs = pdev.iomapRegion(0, 'snd');
    this.mix_regs = regs;
    this.nprobed++;
    return { regs };
  }

  set_volume(v: number): number {
    const rc = this.mix_regs?.tryAccessWith((bar) => {
      bar.write32(v, MIX_VOL);
      return 0;
    });
    return rc ?? -19;
  }
}

export const snd_driver = new SndDriver();
