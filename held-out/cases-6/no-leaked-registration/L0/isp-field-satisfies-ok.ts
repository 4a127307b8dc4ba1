// A camera ISP keeps its DRM registration in the data object checked with `satisfies`.
import { drm, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface IspData {
  readonly isp: drm.Registration<GpuDrm>;
  readonly lanes: number;
}

export const driver: pci.Driver<IspData, { lanes: number }> = {
  name: 'held6-isp',
  idTable: [{ vendor: 0x8086, device: 0x9a19, info: { lanes: 4 } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held6-isp');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'isp', regs, submitted: 0 });
    const isp = drm.Registration.new(pdev, udev, { vramSize: 0, log: [], counters: {}, pdev, bar }, 0);
    return { isp, lanes: info?.lanes ?? 2 } satisfies IspData;
  },
};
