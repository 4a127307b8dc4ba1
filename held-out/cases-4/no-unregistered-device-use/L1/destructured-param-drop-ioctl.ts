// A self-test takes the data destructured with a rename, drops the registration and then issues an ioctl on its device. [class 5]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Gpu {
  readonly reg: drm.Registration<GpuDrm>;
}

export async function selfTestAfterUnplug({ reg: primary }: Gpu): Promise<number> {
  const dev = primary.device();
  const file = dev.openFile();
  await primary.drop();
  return await dev.ioctl('getParam', { param: 1, value: 0 }, file); // expect: bindsafe/no-unregistered-device-use
}

export const selfTestGpuDriver: pci.Driver<Gpu> = {
  name: 'held4-selftest-gpu',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held4-selftest-gpu');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'selftest', regs, submitted: 0 });
    const bar = regs.access(pdev.asRef());
    return { reg: drm.Registration.new(pdev, udev, { vramSize: 8 << 20, log: [], counters: {}, pdev, bar }, 0) };
  },
};
