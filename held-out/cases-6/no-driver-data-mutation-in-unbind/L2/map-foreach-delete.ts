// A camera driver's unbind deletes every buffer mapping from inside the Map's own `forEach` callback. [class 7]
import type { platform } from '@bindsafe/kernel';

interface CamData {
  readonly buffers: Map<number, string>;
}

export const driver: platform.Driver<CamData> = {
  name: 'held6-dm-cambuf',
  idTable: [{ compatible: 'vendor,rkisp1' }],
  probe() {
    return { buffers: new Map([[0, 'y'], [1, 'uv']]) };
  },
  unbind(_pdev, data) {
    data.buffers.forEach((_plane, index) => data.buffers.delete(index)); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
