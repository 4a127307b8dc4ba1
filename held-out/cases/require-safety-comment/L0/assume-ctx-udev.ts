// assumeCtx on an UnregisteredDevice with and without a justification.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm> }> = {
  name: 'held-rsc-assume',
  idTable: [{ vendor: 0x1b36, device: 0x0070 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-rsc-assume');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    // SAFETY: a device that was never registered is Uninit, which is all this asks for.
    const a = udev.assumeCtx<drm.Uninit>();
    const b = udev.assumeCtx(); // expect: bindsafe/require-safety-comment
    pdev.asRef().info(`${a.name} ${b.name}`);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
