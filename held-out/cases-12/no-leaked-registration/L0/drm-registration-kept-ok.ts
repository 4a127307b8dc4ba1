// A PCI GPU registers its DRM device with userspace and keeps the registration in its driver data.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface HeldGpu {
  readonly label: string;
  readonly reg: drm.Registration<GpuDrm>;
}

export const heldGpuDriver: pci.Driver<HeldGpu> = {
  name: 'heldgpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu/vram');
    const bar = regs.access(pdev.asRef());
    const data: GpuData = { label: `gpu-${pdev.deviceId.toString(16)}`, regs, submitted: 0 };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, data);
    const reg = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { label: data.label, reg };
  },
};
