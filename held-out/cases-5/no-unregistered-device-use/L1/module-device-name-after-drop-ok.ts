// The registered device is kept in module state by probe; another function of the module drops the registration and then only reads the kept device's name and data. [class 5]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Mirror {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
}

let lastDisplay: GpuDevice | undefined;

export const mirrorDriver: pci.Driver<Mirror> = {
  name: 'held5c-mirror',
  idTable: [{ vendor: 0x1234, device: 0x1114 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-mirror');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'mirror', regs, submitted: 0 });
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    lastDisplay = registration.device();
    return { regs, registration };
  },
};

export async function retireMirror(data: Readonly<Mirror>): Promise<string | undefined> {
  await data.registration.drop();
  const dev = lastDisplay;
  lastDisplay = undefined;
  return dev && `${dev.name} retired after ${dev.data.submitted} submissions`;
}
