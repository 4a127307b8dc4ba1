// An auxiliary render driver brings up DRM through a barrel-exported helper and keeps the whole result.
import type { auxiliary, device } from '@bindsafe/kernel';
import { bringUpDrm, type DrmBringUp } from './gpu/index.js';

interface RenderData {
  readonly gpu: DrmBringUp;
  readonly label: string;
}

export const renderDriver: auxiliary.Driver<RenderData> = {
  name: 'held8-render2',
  idTable: [{ modname: 'held8_gpu', name: 'render2' }],
  probe(adev: auxiliary.Device<device.Core>): RenderData {
    const label = 'render2';
    return { gpu: bringUpDrm(adev, label), label };
  },
};
