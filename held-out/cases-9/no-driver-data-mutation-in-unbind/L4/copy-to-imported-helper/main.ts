// A platform GPU passes a new Map copied from its data's fences to an imported helper that deletes from what it is given.
import type { platform } from '@bindsafe/kernel';
import { retireSignalled } from './fences.js';

interface GpuData {
  readonly fences: Map<number, boolean>;
}

export const gpuDriver: platform.Driver<GpuData> = {
  name: 'h9-plat-gpu',
  idTable: [{ compatible: 'acme,gpu' }],
  probe() {
    return { fences: new Map([[1, true], [2, false]]) };
  },
  unbind(pdev, data) {
    const retired = retireSignalled(new Map(data.fences));
    pdev.asRef().info(`${retired} of ${data.fences.size} fences were signalled`);
  },
};
