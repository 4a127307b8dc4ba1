// A media driver stages devices in a Map, moves one, then iterates the Map reading every name. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface MediaData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly names: string[];
}

export const driver: pci.Driver<MediaData> = {
  name: 'held6-nudu-media',
  idTable: [{ vendor: 0x10ee, device: 0x9038 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-media');
    const bar = regs.access(pdev.asRef());
    const staged = new Map<string, drm.UnregisteredDevice<GpuDrm>>();
    staged.set('main', drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'media', regs, submitted: 0 }));
    const main = staged.get('main');
    if (main === undefined) throw new Error('staging lost the main device');
    const reg = drm.Registration.new(pdev, main, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const names: string[] = [];
    for (const [, u] of staged) {
      names.push(u.name); // expect: bindsafe/no-unregistered-device-use
    }
    return { reg, names };
  },
};
