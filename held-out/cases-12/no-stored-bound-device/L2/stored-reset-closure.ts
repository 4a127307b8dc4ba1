// A GPU driver installs a module-level reset hook, a closure that pokes its BAR [class 7]
import type { devres, pci } from '@bindsafe/kernel';

export let resetHook: (() => void) | undefined;

export const gpuDriver: pci.Driver<{ readonly mmio: devres.Devres<pci.Bar> }> = {
  name: 'gpu-lite',
  idTable: [{ vendor: 0x10de, device: 0x2484 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mmio = pdev.iomapRegion(0, 'gpu-mmio');
    const bar = mmio.access(pdev.asRef());
    resetHook = () => { // expect: bindsafe/no-stored-bound-device
      bar.write32(1, 0x200);
    };
    return { mmio };
  },
};
