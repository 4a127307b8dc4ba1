// A video decoder's suspend path drops two DRM nodes with `Promise.all`, then opens a file on one. [class 5]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface VdecData {
  readonly primary: drm.Registration<GpuDrm>;
  readonly render: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<VdecData> = {
  name: 'held6-nudu-vdec',
  idTable: [{ vendor: 0x1002, device: 0x7480 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-vdec');
    const bar = regs.access(pdev.asRef());
    const u1 = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'vdec', regs, submitted: 0 });
    const primary = drm.Registration.new(pdev, u1, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const u2 = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'vdec-render', regs, submitted: 0 });
    const render = drm.Registration.new(pdev, u2, { vramSize: 0, log: [], counters: {}, pdev, bar }, 1);
    return { primary, render };
  },
};

export async function suspendAll(primary: drm.Registration<GpuDrm>, render: drm.Registration<GpuDrm>): Promise<void> {
  await Promise.all([primary.drop(), render.drop()]);
  const file = primary.device().openFile(); // expect: bindsafe/no-unregistered-device-use
  console.debug(`probe file ${file.inner().id}`);
}
