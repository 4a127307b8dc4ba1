// A platform Ethernet MAC resets its link statistics in unbind through a default-exported helper of another module.
import type { platform } from '@bindsafe/kernel';
import resetStats, { type LinkStats } from './stats.js';

class MacData {
  readonly stats: LinkStats = { rxFrames: 0, txFrames: 0, crcErrors: 0 };
  constructor(readonly mac: string) {}
  get lossy(): boolean {
    return this.stats.crcErrors > 0;
  }
}

export const macDriver: platform.Driver<MacData> = {
  name: 'acc-mac',
  idTable: [{ compatible: 'acme,mac' }],
  probe: () => new MacData('02:00:00:00:00:01'),
  unbind(pdev, data) {
    if (data.lossy) pdev.asRef().info(`acc-mac ${data.mac}: crc errors seen`);
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
