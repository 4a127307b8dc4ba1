// A GPU driver builds a reset hook over its BAR with an imported factory and installs it module-wide [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import { makeResetter, type ResetHook } from './hooks.js';

export let resetHook: ResetHook | undefined;

export const gpuDriver: pci.Driver<{ readonly mmio: devres.Devres<pci.Bar> }> = {
  name: 'gpu-lite-l4',
  idTable: [{ vendor: 0x10de, device: 0x2484 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mmio = pdev.iomapRegion(0, 'gpu-mmio');
    resetHook = makeResetter(mmio.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { mmio };
  },
};
