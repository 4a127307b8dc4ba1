// A DI-style Map of services holds the unregistered device; it is fetched from the Map after the move.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Udev = drm.UnregisteredDevice<GpuDrm>;

export const containerDriver: pci.Driver<{ readonly reg: drm.Registration<GpuDrm>; readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-container',
  idTable: [{ vendor: 0x10de, device: 0x220a }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-container');
    const services = new Map<string, Udev>();
    services.set('drm', drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'container', regs, submitted: 0 }));
    const udev = services.get('drm');
    if (!udev) throw new Error('no drm service');
    const reg = drm.Registration.new(pdev, udev, { vramSize: 1 << 20, log: [], counters: {}, pdev, bar: regs.access(pdev.asRef()) }, 0);
    pdev.asRef().info(`service ${services.get('drm')?.name ?? '?'} up`); // expect: bindsafe/no-unregistered-device-use
    return { reg, regs };
  },
};
