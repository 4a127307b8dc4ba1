// A PCI GPU driver hands its MMIO BAR to another module's registerWindow(), which keeps it in a module Map. [class 8]
import type { devres, pci } from '@bindsafe/kernel';
import { registerWindow } from './registry.js';

interface GpuData {
  readonly mmio: devres.Devres<pci.Bar>;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'held-gpu-debugfs',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const mmio = pdev.iomapRegion(0, 'held-gpu-debugfs');
    const bar = mmio.access(pdev.asRef());
    registerWindow(`gpu-${pdev.name}`, bar); // expect: bindsafe/no-stored-bound-device
    return { mmio };
  },
};
