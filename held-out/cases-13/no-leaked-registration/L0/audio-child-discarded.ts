// A PCI HDMI controller spawns its audio child and forgets the registration. [class 4]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

interface HdmiData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly ports: number;
}

export const hdmiDriver: pci.Driver<HdmiData> = {
  name: 'hdmi-ctrl',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'hdmi-ctrl/mmio');
    auxiliary.Registration.new(pdev.asRef(), 'audio', 0, 'snd_hdmi'); // expect: bindsafe/no-leaked-registration
    return { regs, ports: 2 };
  },
};
