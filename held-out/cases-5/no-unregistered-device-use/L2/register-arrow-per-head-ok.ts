// A local arrow registers whatever UnregisteredDevice it is given; probe calls it once per distinct device and keeps the registrations. [class 7]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Dual {
  readonly regs: devres.Devres<pci.Bar>;
  readonly primary: drm.Registration<GpuDrm>;
  readonly render: drm.Registration<GpuDrm>;
}

export const dualDriver: pci.Driver<Dual> = {
  name: 'held5c-dual',
  idTable: [{ vendor: 0x1af4, device: 0x1141 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held5c-dual');
    const bar = regs.access(pdev.asRef());
    const register = (udev: drm.UnregisteredDevice<GpuDrm>, vramSize: number): drm.Registration<GpuDrm> =>
      drm.Registration.new(pdev, udev, { vramSize, log: [], counters: {}, pdev, bar }, 0);
    const card = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'card', regs, submitted: 0 });
    const renderNode = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'render', regs, submitted: 0 });
    card.data = { ...card.data, label: `card-${pdev.deviceId.toString(16)}` };
    const primary = register(card, bar.size);
    const render = register(renderNode, 0);
    return { regs, primary, render };
  },
};
