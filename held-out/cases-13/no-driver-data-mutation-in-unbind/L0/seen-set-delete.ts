// An auxiliary telemetry child tracks the sensor ids it has announced in a Set and forgets its own id at unbind
import type { auxiliary } from '@bindsafe/kernel';

interface TelemetryData {
  readonly announced: Set<number>;
  readonly samples: Map<number, number[]>;
}

export const telemetryChild: auxiliary.Driver<TelemetryData> = {
  name: 'telemetry-child',
  idTable: [{ modname: 'nova_core', name: 'telemetry' }],
  probe(adev) {
    const announced = new Set<number>([adev.id]);
    const samples = new Map<number, number[]>([[adev.id, []]]);
    return { announced, samples };
  },
  unbind(adev, data) {
    const count = data.samples.get(adev.id)?.length ?? 0;
    adev.asRef().info(`telemetry ${adev.id}: ${count} samples`);
    data.announced.delete(adev.id); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
