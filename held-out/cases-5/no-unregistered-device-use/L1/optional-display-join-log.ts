// The display is registered only when the board has one; after the if, probe logs through the UnregisteredDevice, moved on that path. [class 6]
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface Board {
  readonly display?: boolean;
}

interface Compute {
  readonly regs: devres.Devres<pci.Bar>;
  readonly display: drm.Registration<GpuDrm> | undefined;
}

export const computeDriver: pci.Driver<Compute, Board> = {
  name: 'held5c-compute',
  idTable: [
    { vendor: 0x1af4, device: 0x1131, info: { display: true } },
    { vendor: 0x1af4, device: 0x1132, info: { display: false } },
  ],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held5c-compute');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'compute', regs, submitted: 0 });
    let display: drm.Registration<GpuDrm> | undefined;
    if (info?.display ?? true) {
      display = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    }
    pdev.asRef().info(`${udev.data.label}: display ${display === undefined ? 'off' : 'on'}`); // expect: bindsafe/no-unregistered-device-use
    return { regs, display };
  },
};
