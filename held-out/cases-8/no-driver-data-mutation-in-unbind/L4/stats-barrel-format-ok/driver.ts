// A platform PHY driver logs its data's link stats through a read-only formatter imported via an `export *` barrel.
import type { device, platform } from '@bindsafe/kernel';
import { formatStats, type LinkStats } from './util/index.js';

interface PhyData {
  readonly stats: LinkStats;
}

export const phyDriver: platform.Driver<PhyData> = {
  name: 'h8-phy',
  idTable: [{ compatible: 'acme,usb3-phy' }],
  probe(_pdev: platform.Device<device.Core>): PhyData {
    return { stats: { up: 10, down: 2, flaps: [3, 9] } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`h8-phy: ${formatStats(data.stats)}`);
  },
};
