// A DMA-backed display reads the unregistered device's fields with destructuring before the move and uses the copies after.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface DispData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly summary: string;
}

export const driver: pci.Driver<DispData, { headless?: boolean }> = {
  name: 'held6-nudu-disp',
  idTable: [{ vendor: 0x1234, device: 0x1111, info: { headless: false } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-disp');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'disp', regs, submitted: 0 });
    const { name } = udev;
    const { label, submitted } = udev.data;
    const flags = info?.headless ? 1 : 0;
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, flags);
    return { reg, summary: `${name}/${label}: ${submitted}` };
  },
};
