// A board flag in the id-table info turns on the display node, but probe discards the DRM registration it makes.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm } from '../../../cases/_shared/gpu-drm.js';

interface BoardInfo {
  readonly display: boolean;
  readonly vramMiB: number;
}

interface FlaggedGpu {
  readonly regs: devres.Devres<pci.Bar>;
  readonly label: string;
}

export const flaggedGpuDriver: pci.Driver<FlaggedGpu, BoardInfo> = {
  name: 'held4-flagged-gpu',
  idTable: [
    { vendor: 0x1d17, device: 0x0301, info: { display: true, vramMiB: 256 } },
    { vendor: 0x1d17, device: 0x0302, info: { display: false, vramMiB: 0 } },
  ],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held4-flagged-gpu');
    const label = `flagged-${pdev.deviceId.toString(16)}`;
    if (info?.display === true) {
      const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label, regs, submitted: 0 });
      const bar = regs.access(pdev.asRef());
      drm.Registration.new(pdev, udev, { vramSize: info.vramMiB << 20, log: [], counters: {}, pdev, bar }, 0); // expect: bindsafe/no-leaked-registration
      pdev.asRef().info(`${label}: display node registered`);
    }
    return { regs, label };
  },
};
