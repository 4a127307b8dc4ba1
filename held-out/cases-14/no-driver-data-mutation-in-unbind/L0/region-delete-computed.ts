// A platform SRAM carve-out driver keeps named regions in a record keyed by computed property names; unbind deletes one entry.
import type { platform } from '@bindsafe/kernel';

const FIRMWARE = 'fw' as const;
const SCRATCH = 'scratch' as const;

interface SramData {
  readonly regions: Record<string, number>;
  readonly totalBytes: number;
}

export const sramDriver: platform.Driver<SramData> = {
  name: 'acc-sram',
  idTable: [{ compatible: 'acme,sram' }],
  probe(pdev) {
    const regions = { [FIRMWARE]: 0x4000, [SCRATCH]: 0x1000 };
    return {
      regions,
      get totalBytes(): number {
        return Object.values(regions).reduce((a, b) => a + b, 0);
      },
    };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`acc-sram: releasing ${data.totalBytes} bytes`);
    delete data.regions[FIRMWARE]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
