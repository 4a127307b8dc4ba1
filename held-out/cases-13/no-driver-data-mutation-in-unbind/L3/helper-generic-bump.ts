// A class-based auxiliary child bumps a counter record of its data through a generic helper constrained on { count: number }
import type { auxiliary, device } from '@bindsafe/kernel';

function bump<T extends { count: number }>(counter: T, by = 1): T {
  counter.count += by;
  return counter;
}

interface ChildData {
  readonly unbindCounter: { count: number; readonly label: string };
}

export class CounterChildDriver implements auxiliary.Driver<ChildData> {
  readonly name = 'counter-child';
  readonly idTable = [{ modname: 'nova_core', name: 'counter' }];
  probe(adev: auxiliary.Device<device.Core>): ChildData {
    return { unbindCounter: bump({ count: 0, label: `counter.${adev.id}` }) };
  }
  unbind(adev: auxiliary.Device<device.Core>, data: Readonly<ChildData>): void {
    const { label, count } = bump(data.unbindCounter); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`${label}: ${count}`);
  }
}
