// A media driver tunes the unregistered device's data through a closure, all before the move. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuData, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface TunedData {
  readonly reg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<TunedData> = {
  name: 'held6-nudu-tune',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-tune');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'media', regs, submitted: 0 });
    const tune = (patch: Partial<GpuData>) => Object.assign(udev.data, patch);
    tune({ submitted: 0 });
    tune({ label: 'media-hq' });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg };
  },
};
