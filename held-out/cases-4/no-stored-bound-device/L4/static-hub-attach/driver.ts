// probe hands its Bar to a static method of a class in another module that keeps it in a static private Map.
import type { devres, pci } from '@bindsafe/kernel';
import { DiagHub } from './diag-hub.js';

export const nicDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-ixgbe',
  idTable: [{ vendor: 0x8086, device: 0x10fb }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-ixgbe');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x4, 0x0000);
    DiagHub.attach(pdev.name, bar); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
