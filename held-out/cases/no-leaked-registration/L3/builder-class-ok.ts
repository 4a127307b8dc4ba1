// A builder helper returns driver data that owns the registration. [class 4]
import { auxiliary, type device, type devres, type pci } from '@bindsafe/kernel';

class CoreData {
  constructor(
    readonly regs: devres.Devres<pci.Bar>,
    readonly display: auxiliary.Registration,
  ) {}
}

function buildCore(pdev: pci.Device<device.Bound>): CoreData {
  const regs = pdev.iomapRegion(0, 'held-nlr-l3-builder');
  return new CoreData(regs, auxiliary.Registration.new(pdev.asRef(), 'display', 0, 'held_core'));
}

export const driver: pci.Driver<CoreData> = {
  name: 'held-nlr-l3-builder',
  idTable: [{ vendor: 0x10de, device: 0x3034 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return buildCore(pdev);
  },
};
