// Behind a feature flag probe calls a default-exported helper that keeps the child only in its module's Map.
import type { devres, platform } from '@bindsafe/kernel';
import enableFeature from './registry.js';

interface SocInfo {
  readonly thermal: boolean;
}

interface Soc {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly featureCount: number;
}

export const socDriver: platform.Driver<Soc, SocInfo> = {
  name: 'held4-soc',
  idTable: [
    { compatible: 'held4,soc-pro', info: { thermal: true } },
    { compatible: 'held4,soc-lite', info: { thermal: false } },
  ],
  probe(pdev, info) {
    const mmio = pdev.iomapResource(0);
    let featureCount = 0;
    if (info?.thermal === true) {
      featureCount = enableFeature(pdev.asRef(), 'thermal'); // expect: bindsafe/no-leaked-registration
    }
    return { mmio, featureCount };
  },
};
