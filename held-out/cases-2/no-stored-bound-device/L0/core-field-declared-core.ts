// The driver data declares its device field as Device<Core>: the callback's context outlives probe. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly dev: pci.Device<device.Core>;
  readonly regs: devres.Devres<pci.Bar>;
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nsbd-core-field',
  idTable: [{ vendor: 0x1af4, device: 0x1103 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held2-nsbd-core-field');
    return { dev: pdev, regs }; // expect: bindsafe/no-stored-bound-device
  },
};
