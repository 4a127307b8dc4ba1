// A platform Ethernet MAC describes its link statistics in unbind through a default-exported read-only helper; the resetting helper runs on a local record only.
import type { platform } from '@bindsafe/kernel';
import describe, { resetStats, type LinkStats } from './stats.js';

class MacData {
  readonly stats: LinkStats = { rxFrames: 0, txFrames: 0, crcErrors: 0 };
  constructor(readonly mac: string) {}
}

export const macDriver: platform.Driver<MacData> = {
  name: 'acc-mac-ok',
  idTable: [{ compatible: 'acme,mac-v2' }],
  probe: () => new MacData('02:00:00:00:00:02'),
  unbind(pdev, data) {
    const baseline = resetStats({ rxFrames: 1, txFrames: 1, crcErrors: 1 });
    pdev.asRef().info(`acc-mac-ok ${data.mac}: ${describe(data.stats)} (baseline ${describe(baseline)})`);
  },
};
