// The move happens inside a try whose later check may throw; the catch names the device through the UnregisteredDevice, which is moved on that path. [class 1]
import { drm, errors, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Scan {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly revision: number;
}

export const scanDriver: pci.Driver<Scan> = {
  name: 'held5c-scan',
  idTable: [{ vendor: 0x1af4, device: 0x1130 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-scan');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'scan', regs, submitted: 0 });
    let registration: drm.Registration<GpuDrm> | undefined;
    try {
      registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
      const revision = registration.device().withUnbindGuard((parent) => parent.revision);
      if (revision === undefined) throw new errors.KernelError('ENODEV', 'unplugged during probe');
      return { regs, registration, revision };
    } catch (err) {
      void registration?.drop();
      pdev.asRef().info(`held5c-scan: bring-up of ${udev.name} failed: ${String(err)}`); // expect: bindsafe/no-unregistered-device-use
      throw err;
    }
  },
};
