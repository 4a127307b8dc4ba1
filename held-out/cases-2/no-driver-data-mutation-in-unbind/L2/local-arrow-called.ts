// unbind defines a local arrow that zeroes a counter of the data, then calls it. [class 7]
import type { auxiliary } from '@bindsafe/kernel';

export const driver: auxiliary.Driver<{ readonly stats: { frames: number } }> = {
  name: 'held2-nddm-arrow',
  idTable: [{ modname: 'held2_core', name: 'frames' }],
  probe() {
    return { stats: { frames: 0 } };
  },
  unbind(adev, data) {
    const reset = (): void => {
      data.stats.frames = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    adev.asRef().info(`frames ${data.stats.frames}`);
    reset();
  },
};
