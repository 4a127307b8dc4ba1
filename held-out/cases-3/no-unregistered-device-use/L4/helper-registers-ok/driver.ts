// probe sets the device up, lets another module register it, then uses only the registered device.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { registerGpu } from './register.js';

export const helperDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-helper-reg',
  idTable: [{ vendor: 0x10de, device: 0x2218 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-helper-reg');
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'helper', regs, submitted: 0 });
    udev.data.submitted = pdev.revision;
    const reg = registerGpu(pdev, udev, regs.access(pdev.asRef()));
    reg.device().withUnbindGuard((parent) => parent.asRef().info(`registered ${reg.device().name}`));
    return { reg, regs };
  },
};
