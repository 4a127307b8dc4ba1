// probe keeps its Device<Core> in a module variable "for the IRQ path".
import type { device, devres, pci } from '@bindsafe/kernel';

let probedDev: pci.Device<device.Core> | undefined;

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
}

export const driver: pci.Driver<Data> = {
  name: 'held-l0-a',
  idTable: [{ vendor: 0x1af4, device: 0x1000 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    probedDev = pdev; // expect: bindsafe/no-stored-bound-device
    return { regs: pdev.iomapRegion(0, 'held-l0-a') };
  },
};

export function reenable(): void {
  probedDev?.setMaster();
}
