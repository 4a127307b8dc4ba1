// A cast on the registered device (not the unregistered one) is just a handle. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../_shared/gpu-drm.js';

export const driver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly opened: number }> = {
  name: 'held-nudu-cast-ok',
  idTable: [{ vendor: 0x10de, device: 0x2060 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-nudu-cast-ok');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'gpu', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const dev = reg.device() as unknown as GpuDevice;
    const file = dev.openFile();
    return { reg, opened: file.inner().id };
  },
};
