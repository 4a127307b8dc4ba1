// A thermal driver creates its own Telemetry (imported class) in probe, records its device, and keeps it in the data [class 4]
import type { devres, platform } from '@bindsafe/kernel';
import { Telemetry } from './telemetry.js';

interface ThermalData {
  readonly tsens: devres.Devres<platform.IoMem>;
  readonly stats: Telemetry;
}

export const thermalDriver: platform.Driver<ThermalData> = {
  name: 'tsens-telemetry-l4-ok',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    const stats = new Telemetry();
    stats.record(pdev.asRef());
    return { tsens, stats };
  },
};
