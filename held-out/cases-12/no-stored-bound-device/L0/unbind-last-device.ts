// A watchdog driver records which device was unbound last, in a module variable, from unbind [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

let lastUnbound: pci.Device<device.Core> | undefined;

export const wdtDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'i6300esb-lite',
  idTable: [{ vendor: 0x8086, device: 0x25ab }],
  probe(pdev) {
    return { regs: pdev.iomapRegion(0, 'wdt') };
  },
  unbind(pdev, data) {
    data.regs.access(pdev.asRef()).write32(0, 0x8);
    lastUnbound = pdev; // expect: bindsafe/no-stored-bound-device
  },
};

export const lastUnboundName = (): string => lastUnbound?.name ?? '(none)';
