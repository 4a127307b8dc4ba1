// Destructured board defaults decide whether the DRM node is registered; the optional registration is kept in the data.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Board {
  readonly headless?: boolean;
  readonly vramMiB?: number;
}

interface ComputeGpu {
  readonly regs: devres.Devres<pci.Bar>;
  readonly reg: drm.Registration<typeof gpuDrm> | undefined;
}

export const computeGpuDriver: pci.Driver<ComputeGpu, Board> = {
  name: 'held4-compute-gpu',
  idTable: [
    { vendor: 0x10de, device: 0x20b0, info: { headless: true } },
    { vendor: 0x10de, device: 0x20b5, info: { vramMiB: 512 } },
  ],
  probe(pdev, info) {
    const { headless = false, vramMiB = 64 } = info ?? {};
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-compute-gpu');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'compute', regs, submitted: 0 });
    const bar = regs.access(pdev.asRef());
    const reg = headless ? undefined : drm.Registration.new(pdev, udev, { vramSize: vramMiB << 20, log: [], counters: {}, pdev, bar }, 0);
    return { regs, reg };
  },
};
