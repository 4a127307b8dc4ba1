// A reset routine drops the registration and then opens one file per plane in a map callback, on the unplugged device. [class 5]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm, type GpuFile } from '../../../cases/_shared/gpu-drm.js';

interface Planes {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
}

export const planesDriver: pci.Driver<Planes> = {
  name: 'held5c-planes',
  idTable: [{ vendor: 0x1234, device: 0x1116 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-planes');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'planes', regs, submitted: 0 });
    return { regs, registration: drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0) };
  },
};

export async function resetPlanes(data: Readonly<Planes>, planes: readonly string[]): Promise<drm.File<GpuFile>[]> {
  const dev = data.registration.device();
  await data.registration.drop();
  return planes.map(() => dev.openFile()); // expect: bindsafe/no-unregistered-device-use
}
