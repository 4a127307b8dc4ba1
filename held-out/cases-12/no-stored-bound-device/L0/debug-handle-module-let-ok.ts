// A PCI test device driver keeps a Device<Normal> handle and the Devres container in module variables [class 2]
import type { devres, pci } from '@bindsafe/kernel';

let statusDev: pci.Device | undefined;
let statusRegs: devres.Devres<pci.Bar> | undefined;

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-status-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-status');
    statusDev = pdev.toNormal();
    statusRegs = regs;
    return { regs };
  },
};

export function readStatus(): number {
  return statusRegs?.tryAccessWith((bar) => bar.read32(0x4)) ?? 0;
}

export const statusName = (): string => statusDev?.name ?? '-';
