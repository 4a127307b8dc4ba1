// A recovery method runs a local async arrow that drops the registration and then opens a file on its device. [class 5]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export class Recovery {
  constructor(readonly reg: drm.Registration<GpuDrm>) {}

  async recover(): Promise<number> {
    const { reg } = this;
    const dev = reg.device();
    const cycle = async (): Promise<number> => {
      await reg.drop();
      const file = dev.openFile(); // expect: bindsafe/no-unregistered-device-use
      return file.inner().id;
    };
    return cycle();
  }
}

export const recoveryDriver: pci.Driver<Recovery> = {
  name: 'held4-recovery',
  idTable: [{ vendor: 0x1af4, device: 0x1051 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-recovery');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'recovery', regs, submitted: 0 });
    const bar = regs.access(pdev.asRef());
    return new Recovery(drm.Registration.new(pdev, udev, { vramSize: 4 << 20, log: [], counters: {}, pdev, bar }, 0));
  },
};
