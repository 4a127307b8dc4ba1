// A DMA engine prepares its device with an imported helper, then moves it and uses only the registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { prepare } from './prepare.js';

interface DmaData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly label: string;
}

export const driver: pci.Driver<DmaData, { channels: number }> = {
  name: 'held6-nudu-l4-dma',
  idTable: [{ vendor: 0x8086, device: 0x0b25, info: { channels: 8 } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-l4-dma');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'dma', regs, submitted: 0 });
    prepare(udev, info?.channels ?? 1);
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, label: reg.device().data.label };
  },
};
