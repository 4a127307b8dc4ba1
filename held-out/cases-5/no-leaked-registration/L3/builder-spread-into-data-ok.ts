// A same-file builder returns the registration with its device; probe spreads the built object into the driver data. [class 6]
import { drm, type device, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDevice, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Display {
  readonly registration: drm.Registration<GpuDrm>;
  readonly drm: GpuDevice;
}

function buildDisplay(pdev: pci.Device<device.Bound>, regs: devres.Devres<pci.Bar>, label: string): Display {
  const bar = regs.access(pdev.asRef());
  const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label, regs, submitted: 0 });
  const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
  return { registration, drm: registration.device() };
}

interface Panel extends Display {
  readonly regs: devres.Devres<pci.Bar>;
}

export const panelDriver: pci.Driver<Panel> = {
  name: 'held5c-panel',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-panel');
    return { regs, ...buildDisplay(pdev, regs, 'panel') };
  },
};
