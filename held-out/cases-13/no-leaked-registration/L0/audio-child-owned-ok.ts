// The HDMI controller keeps its audio child in the driver data; a bad revision throws early. [class 1, 4]
import { auxiliary, errors, type devres, type pci } from '@bindsafe/kernel';

interface HdmiData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly audio: auxiliary.Registration;
}

export const hdmiDriver: pci.Driver<HdmiData> = {
  name: 'hdmi-ctrl',
  idTable: [{ vendor: 0x8086, device: 0x2668 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'hdmi-ctrl/mmio');
    const audio = auxiliary.Registration.new(pdev.asRef(), 'audio', 0, 'snd_hdmi');
    if (pdev.revision === 0) throw new errors.KernelError('ENODEV', 'pre-production silicon');
    return { regs, audio };
  },
};
