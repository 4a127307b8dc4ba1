// A DMA controller's same-file helper prepares the device data with `Object.assign` before probe moves it.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

function prepare(u: drm.UnregisteredDevice<GpuDrm>, label: string): string {
  Object.assign(u.data, { label, submitted: 0 });
  return u.name;
}

interface DmaData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly driverName: string;
}

export const driver: pci.Driver<DmaData> = {
  name: 'held6-nudu-dmaprep',
  idTable: [{ vendor: 0x1d0f, device: 0x8061 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-dmaprep');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'dma', regs, submitted: 0 });
    const driverName = prepare(udev, 'dma-copy');
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { reg, driverName };
  },
};
