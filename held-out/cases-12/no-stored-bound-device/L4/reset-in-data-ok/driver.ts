// A GPU driver builds a reset hook over its BAR with an imported factory and keeps it in its driver data [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import { makeResetter, type ResetHook } from './hooks.js';

interface GpuData {
  readonly mmio: devres.Devres<pci.Bar>;
  readonly reset: ResetHook;
}

export const gpuDriver: pci.Driver<GpuData> = {
  name: 'gpu-lite-l4-ok',
  idTable: [{ vendor: 0x10de, device: 0x2484 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const mmio = pdev.iomapRegion(0, 'gpu-mmio');
    const reset = makeResetter(mmio.access(pdev.asRef()));
    reset();
    return { mmio, reset };
  },
  unbind(_pdev, data) {
    data.reset();
  },
};
