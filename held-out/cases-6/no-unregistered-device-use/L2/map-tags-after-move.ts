// A video encoder builds codec tags with a one-line `map` callback, written after the move, that reads the moved device. [class 7]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface VencData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly tags: string[];
}

export const driver: pci.Driver<VencData> = {
  name: 'held6-nudu-venc',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-venc');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'venc', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    const tags = ['h264', 'hevc'].map((codec) => `${udev.name}:${codec}`); // expect: bindsafe/no-unregistered-device-use
    return { reg, tags };
  },
};
