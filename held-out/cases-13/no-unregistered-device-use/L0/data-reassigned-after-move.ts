// A PCI GPU's probe registers its DRM device, then resets the unregistered device's private data (staged bring-up).
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class GpuBinding implements AsyncDisposable {
  constructor(readonly reg: drm.Registration<GpuDrm>) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await this.reg.drop();
  }
}

export const heldGpuDriver: pci.Driver<GpuBinding> = {
  name: 'heldgpu-l0-data',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const initial: GpuData = { label: 'gpu0', regs, submitted: 0 };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, initial);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 256 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    udev.data = { ...initial, label: `gpu-${pdev.deviceId}` }; // expect: bindsafe/no-unregistered-device-use
    return new GpuBinding(reg);
  },
};
