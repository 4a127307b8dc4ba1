// A camera driver keeps the unregistered device in a `pending` object, moves it, then reads it through the alias. [class 6]
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface CamData {
  readonly reg: drm.Registration<GpuDrm>;
  readonly label: string;
}

export const driver: pci.Driver<CamData> = {
  name: 'held6-nudu-cam',
  idTable: [{ vendor: 0x8086, device: 0xa75d }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held6-nudu-cam');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'cam', regs, submitted: 0 });
    const pending = { udev, stage: 'init' };
    const reg = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    pending.stage = 'registered';
    const label = pending.udev.data.label; // expect: bindsafe/no-unregistered-device-use
    return { reg, label };
  },
};
