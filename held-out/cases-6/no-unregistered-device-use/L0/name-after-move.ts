// A DMA-backed display controller logs the unregistered device's name after moving it into the registration.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface LcdcData {
  readonly reg: drm.Registration<GpuDrm>;
}

export const driver: pci.Driver<LcdcData> = {
  name: 'held6-nudu-lcdc',
  idTable: [{ vendor: 0x1b36, device: 0x0100 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-lcdc');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'lcdc', regs, submitted: 0 });
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    console.info(`lcdc: registered ${udev.name}`); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
