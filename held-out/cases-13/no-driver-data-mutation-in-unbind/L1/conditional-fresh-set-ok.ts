// An auxiliary telemetry child chooses between two freshly built Sets with a conditional and fills the chosen one
import type { auxiliary } from '@bindsafe/kernel';

interface TelemetryData {
  readonly announced: Set<number>;
  readonly verbose: boolean;
}

export const telemetryOk: auxiliary.Driver<TelemetryData> = {
  name: 'telemetry-ok',
  idTable: [{ modname: 'nova_core', name: 'telemetry-ok' }],
  probe(adev) {
    return { announced: new Set([adev.id]), verbose: adev.id === 0 };
  },
  unbind(adev, data) {
    const sink = data.verbose ? new Set(data.announced) : new Set<number>();
    sink.add(adev.id);
    sink.delete(-1);
    const target = sink.size > 1 ? sink : (new Set<number>() satisfies Set<number>);
    target.clear();
    adev.asRef().info(`telemetry: ${sink.size} ids announced`);
  },
};
