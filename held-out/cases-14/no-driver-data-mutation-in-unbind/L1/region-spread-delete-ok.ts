// A platform SRAM carve-out driver copies its computed-key regions with a spread in unbind and deletes only from the copy; the accessor is only read.
import type { platform } from '@bindsafe/kernel';

const FIRMWARE = 'fw' as const;
const SCRATCH = 'scratch' as const;

interface SramData {
  readonly regions: Record<string, number>;
  readonly totalBytes: number;
}

export const sramDriver: platform.Driver<SramData> = {
  name: 'acc-sram-ok',
  idTable: [{ compatible: 'acme,sram-v2' }],
  probe(pdev) {
    const regions: Record<string, number> = { [FIRMWARE]: 0x4000, [SCRATCH]: 0x1000 };
    delete regions[SCRATCH];
    return {
      regions,
      get totalBytes(): number {
        return Object.values(regions).reduce((a, b) => a + b, 0);
      },
    };
  },
  unbind(pdev, data) {
    const remaining: Record<string, number> = { ...data.regions };
    delete remaining[FIRMWARE];
    pdev.asRef().info(`acc-sram-ok: ${data.totalBytes} bytes, ${Object.keys(remaining).length} non-firmware regions`);
  },
};
