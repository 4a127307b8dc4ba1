// An auxiliary sensor hub builds a report array of its own from a readonly table of its data.
import type { auxiliary } from '@bindsafe/kernel';

const enum SensorKind {
  Accel = 'accel',
  Gyro = 'gyro',
}

interface HubData {
  readonly table: ReadonlyMap<SensorKind, number>;
}

export const hubDriver: auxiliary.Driver<HubData> = {
  name: 'h11-sensor-hub',
  idTable: [{ modname: 'h11_soc', name: 'sensors' }],

  probe() {
    return { table: new Map([[SensorKind.Accel, 100], [SensorKind.Gyro, 200]]) };
  },

  unbind(adev, data) {
    const lines: string[] = [];
    for (const [kind, hz] of data.table) lines.push(`${kind}@${hz}Hz`);
    lines.sort();
    adev.asRef().info(`sensors: ${lines.join(' ')}`);
  },
};
