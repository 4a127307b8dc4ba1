// A platform PMIC copies its stats with object spread and updates only the copy before logging it.
import type { device, platform } from '@bindsafe/kernel';

interface PmicStats {
  resets: number;
  brownouts: number;
}

interface PmicData {
  readonly stats: PmicStats;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'h11-pmic',
  idTable: [{ compatible: 'acme,pmic' }],

  probe(): PmicData {
    return { stats: { resets: 0, brownouts: 0 } };
  },

  unbind(pdev: platform.Device<device.Core>, data: Readonly<PmicData>): void {
    const final = { ...data.stats };
    final.resets++;
    final.brownouts ||= -1;
    pdev.asRef().info(`pmic: ${JSON.stringify(final)}`);
  },
};
