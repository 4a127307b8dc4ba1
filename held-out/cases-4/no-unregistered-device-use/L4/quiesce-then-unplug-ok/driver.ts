// The driver data's async destructor calls an imported helper that queries the device, drops the registration, then reads only handles.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { quiesceAndUnplug } from './teardown.js';

class Accel implements AsyncDisposable {
  constructor(readonly reg: drm.Registration<GpuDrm>) {}

  async [Symbol.asyncDispose](): Promise<void> {
    const { label } = await quiesceAndUnplug(this.reg);
    console.log(`held4-accel: ${label} gone`);
  }
}

export const accelGpuDriver: pci.Driver<Accel> = {
  name: 'held4-accel-gpu',
  idTable: [{ vendor: 0x1af4, device: 0x1052 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-accel-gpu');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'accel', regs, submitted: 0 });
    const bar = regs.access(pdev.asRef());
    return new Accel(drm.Registration.new(pdev, udev, { vramSize: 32 << 20, log: [], counters: {}, pdev, bar }, 0));
  },
};
