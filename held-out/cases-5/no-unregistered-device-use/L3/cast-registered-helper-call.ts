// probe hands its UnregisteredDevice, cast `as unknown as` the registered device type, to a same-file helper that opens a file on it. [class 8]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function countOpenSlots(dev: GpuDevice): number {
  const file = dev.openFile();
  return file.inner().notes.length === 0 ? 1 : 0;
}

interface Preview {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly slots: number;
}

export const previewDriver: pci.Driver<Preview> = {
  name: 'held5c-preview',
  idTable: [{ vendor: 0x1af4, device: 0x1150 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-preview');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'preview', regs, submitted: 0 });
    const slots = countOpenSlots(udev as unknown as GpuDevice); // expect: bindsafe/no-unregistered-device-use
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { regs, registration, slots };
  },
};
