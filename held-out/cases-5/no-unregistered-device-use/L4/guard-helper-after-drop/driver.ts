// A recycle routine drops the registration, then asks an imported helper to take a critical section on the unplugged device. [class 5]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { readRevision } from './probe-hw.js';

interface Recycler {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
}

export const recyclerDriver: pci.Driver<Recycler> = {
  name: 'held5c-recycler',
  idTable: [{ vendor: 0x1af4, device: 0x1160 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-recycler');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'recycler', regs, submitted: 0 });
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { regs, registration };
  },
};

export async function recycle(data: Readonly<Recycler>): Promise<string> {
  const dev = data.registration.device();
  const before = readRevision(dev);
  await data.registration.drop();
  const after = readRevision(dev); // expect: bindsafe/no-unregistered-device-use
  return `${dev.name}: revision ${before ?? '?'} -> ${after ?? 'gone'}`;
}
