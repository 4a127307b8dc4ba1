// A crypto engine moves its device out of a holder object and afterwards uses only the registration. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface EngineData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly node: string;
}

export const driver: pci.Driver<EngineData> = {
  name: 'held6-nudu-engine',
  idTable: [{ vendor: 0x1d0f, device: 0xcd01 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-engine');
    const bar = regs.access(pdev.asRef());
    const holder = {
      udev: drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'engine', regs, submitted: 0 }),
      flags: 0,
    };
    holder.udev.data = { ...holder.udev.data, label: 'crypto-engine' };
    const reg = drm.Registration.new(pdev, holder.udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, holder.flags);
    const { name: node } = reg.device();
    return { reg, node };
  },
};
