// An auxiliary sensor child filters a copy of its id Set, then deletes each filtered id from the data's Set in a forEach [class 7]
import type { auxiliary } from '@bindsafe/kernel';

interface SensorData {
  readonly active: Set<number>;
  readonly owner: number;
}

export const sensorChild: auxiliary.Driver<SensorData> = {
  name: 'sensor-child',
  idTable: [{ modname: 'hwmon_core', name: 'sensor' }],
  probe(adev) {
    return { active: new Set([adev.id, adev.id + 100]), owner: adev.id };
  },
  unbind(adev, data) {
    const mine = [...data.active].filter((id) => id % 100 === data.owner % 100);
    mine.forEach((id) => data.active.delete(id)); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`sensor-child: released ${mine.length} sensors`);
  },
};
