// An auxiliary DMA engine looks a queue up in its Map with optional chaining and splices it empty. [class 6]
import type { auxiliary } from '@bindsafe/kernel';

type Direction = 'tx' | 'rx';

interface DmaData {
  readonly queues: Map<Direction, number[]>;
}

export const dmaDriver: auxiliary.Driver<DmaData> = {
  name: 'h11-dma',
  idTable: [{ modname: 'h11_soc', name: 'dma' }],

  probe() {
    return { queues: new Map<Direction, number[]>([['tx', [1, 2]], ['rx', []]]) };
  },

  unbind(adev, data) {
    const abandoned = data.queues.get('tx')?.splice(0) ?? []; // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`dma: ${abandoned.length} tx descriptors abandoned`);
  },
};
