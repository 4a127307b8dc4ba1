// A platform NAND controller logs its erase statistics through a read-only helper from a barrel.
import type { device, platform } from '@bindsafe/kernel';
import { formatStats, type EraseStats } from './util/index.js';

interface NandData {
  readonly erase: EraseStats;
}

export const nandDriver: platform.Driver<NandData> = {
  name: 'h11-nand',
  idTable: [{ compatible: 'acme,nand' }],

  probe(): NandData {
    return { erase: { blocks: 1024, badBlocks: new Set([17, 900]) } };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<NandData>): void {
    pdev.asRef().info(`nand: ${formatStats(data.erase)}`);
  },
};
