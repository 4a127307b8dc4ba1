// A hardware monitor maps its sensor records to fresh objects in callbacks and resets the copies.
import type { auxiliary } from '@bindsafe/kernel';

interface Sensor {
  readonly label: string;
  peak: number;
}

interface HwmonData {
  readonly byName: Readonly<Record<string, Sensor>>;
}

export const hwmonDriver: auxiliary.Driver<HwmonData> = {
  name: 'held7-hwmon',
  idTable: [{ modname: 'held7_board', name: 'hwmon' }],
  probe() {
    return { byName: { cpu: { label: 'cpu', peak: 71 }, vrm: { label: 'vrm', peak: 64 } } };
  },
  unbind(adev, data) {
    const snapshot = Object.values(data.byName).map((s) => ({ ...s }));
    snapshot.forEach((c) => {
      c.peak = 0;
    });
    adev.asRef().info(`hwmon: ${snapshot.map((c) => c.label).join(',')} reset`);
  },
};
