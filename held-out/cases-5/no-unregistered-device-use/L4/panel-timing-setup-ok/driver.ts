// probe passes its UnregisteredDevice to an imported helper that configures it, then moves it; the device is not used after the move.
import { drm, type devres, type pci } from '@bindsafe/kernel';
import { gpuDrm, type GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { applyPanelTiming, TIMINGS } from './timing.js';

interface Panel {
  readonly regs: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<GpuDrm>;
  readonly mode: string;
}

export const panelDriver: pci.Driver<Panel, { panel: string }> = {
  name: 'held5c-panel-timing',
  idTable: [{ vendor: 0x1af4, device: 0x1162, info: { panel: 'edp' } }],
  probe(pdev, info) {
    const regs = pdev.iomapRegion(0, 'held5c-panel-timing');
    const bar = regs.access(pdev.asRef());
    const udev = drm.UnregisteredDevice.new(gpuDrm, pdev, { label: 'panel', regs, submitted: 0 });
    const timing = TIMINGS[info?.panel ?? 'edp'];
    const mode = timing === undefined ? 'default' : applyPanelTiming(udev, timing);
    const registration = drm.Registration.new(pdev, udev, { vramSize: bar.size, log: [], counters: {}, pdev, bar }, 0);
    return { regs, registration, mode };
  },
};
