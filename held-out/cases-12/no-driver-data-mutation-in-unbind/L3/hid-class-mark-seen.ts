// A class-based auxiliary HID driver passes a Set its data holds to a same-file helper with a rest parameter that adds to it. [class 6]
import type { auxiliary, device } from '@bindsafe/kernel';

interface HidData {
  readonly reports: readonly number[];
  readonly seen?: Set<number>;
}

function markSeen(into: Set<number> | undefined, ...ids: number[]): number {
  for (const id of ids) into?.add(id);
  return into?.size ?? 0;
}

export class HidAuxDriver implements auxiliary.Driver<HidData> {
  readonly name = 'hid-aux';
  readonly idTable = [{ modname: 'ish', name: 'hid' }];
  #bound = 0;

  probe(adev: auxiliary.Device<device.Core>): HidData {
    this.#bound++;
    return { reports: [1, 2, 3], seen: adev.id === 0 ? new Set<number>() : undefined };
  }

  unbind(adev: auxiliary.Device<device.Core>, data: Readonly<HidData>): void {
    this.#bound--;
    const total = markSeen(data.seen, ...data.reports); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`hid-aux: ${total} report ids, ${this.#bound} still bound`);
  }
}
