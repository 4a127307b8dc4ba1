// unbind clears a Map of fences held by the data.
import type { platform } from '@bindsafe/kernel';

interface Data {
  readonly fences: Map<number, string>;
}

export const driver: platform.Driver<Data> = {
  name: 'held-nddm-map',
  idTable: [{ compatible: 'held,fences' }],
  probe() {
    return { fences: new Map([[1, 'boot']]) };
  },
  unbind(_pdev, data) {
    data.fences.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
