// A Set destructured out of the data is added to in unbind. [class 6] [class 8]
import type { auxiliary } from '@bindsafe/kernel';

interface Data {
  readonly seen: Set<string>;
  readonly id: number;
}

export const driver: auxiliary.Driver<Data> = {
  name: 'held2-nddm-destructure',
  idTable: [{ modname: 'held2_core', name: 'seen' }],
  probe(adev) {
    return { seen: new Set([adev.modname]), id: adev.id };
  },
  unbind(adev, { seen, id }) {
    seen.add(`unbound-${id}`); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`seen ${seen.size}`);
  },
};
