// A PCI GPU's probe finishes setting up the unregistered device's data, then registers it and updates counters through the registered device.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

class GpuBinding implements AsyncDisposable {
  constructor(readonly reg: drm.Registration<GpuDrm>) {}

  async [Symbol.asyncDispose](): Promise<void> {
    await this.reg.drop();
  }
}

export const heldGpuDriver: pci.Driver<GpuBinding> = {
  name: 'heldgpu-l0-data-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1060 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'heldgpu/bar0');
    const initial: GpuData = { label: 'gpu0', regs, submitted: 0 };
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, initial);
    udev.data = { ...initial, label: `gpu-${pdev.deviceId}` };
    const reg = drm.Registration.new(pdev, udev, { vramSize: 256 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    reg.device().data.submitted += 1;
    return new GpuBinding(reg);
  },
};
