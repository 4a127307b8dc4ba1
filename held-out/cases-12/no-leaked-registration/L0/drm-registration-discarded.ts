// A PCI GPU registers its DRM device with userspace and throws the registration away. [class 8]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData } from '../../../cases/_shared/gpu-drm.js';

export const heldGpuDriver: pci.Driver<{ readonly label: string }> = {
  name: 'heldgpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'heldgpu/vram');
    const bar = regs.access(pdev.asRef());
    const data: GpuData = { label: `gpu-${pdev.deviceId.toString(16)}`, regs, submitted: 0 };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, data);
    drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
    return { label: data.label };
  },
};
