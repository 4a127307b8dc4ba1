// A same-file helper moves the UnregisteredDevice it is given into a registration; the caller never touches the device again and uses the registration.
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function publish(pdev: pci.Device<device.Bound>, udev: drm.UnregisteredDevice<GpuDrm>, bar: pci.Bar): drm.Registration<GpuDrm> {
  return drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: { ring0: 0 }, pdev, bar }, 0);
}

interface Publisher {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
}

export const publisherDriver: pci.Driver<Publisher> = {
  name: 'held5c-publisher',
  idTable: [{ vendor: 0x1af4, device: 0x1153 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-publisher');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'publisher', regs, submitted: 0 });
    const registration = publish(pdev, udev, regs.access(pdev.asRef()));
    pdev.asRef().info(`held5c-publisher: ${registration.device().name} ready`);
    return { regs, registration };
  },
};
