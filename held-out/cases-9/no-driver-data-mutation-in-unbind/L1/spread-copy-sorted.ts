// A platform thermal zone sorts and reverses a spread copy of its trip points in unbind: the data's array is untouched.
import type { platform } from '@bindsafe/kernel';

interface ZoneData {
  readonly trips: number[];
}

export const zoneDriver: platform.Driver<ZoneData> = {
  name: 'h9-thermal-zone',
  idTable: [{ compatible: 'acme,thermal-zone' }],
  probe() {
    return { trips: [95, 70, 85] };
  },
  unbind(pdev, data) {
    const ordered = [...data.trips].sort((a, b) => a - b).reverse();
    pdev.asRef().info(`hottest trip was ${ordered[0] ?? 0}`);
  },
};
