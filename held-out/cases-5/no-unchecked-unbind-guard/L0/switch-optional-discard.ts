// A PM event dispatcher "enters" the GPU on two fall-through resume events with `dev?.unbindGuard();`, discarding the section it opens. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type PmEvent = 'suspend' | 'freeze' | 'resume' | 'thaw' | 'restore';

export function onPmEvent(dev: drm.Device<GpuDrm> | undefined, event: PmEvent): string {
  switch (event) {
    case 'suspend':
    case 'freeze':
      return 'quiesced';
    case 'resume':
    case 'thaw':
      dev?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
      return 'resumed';
    case 'restore':
    default:
      return 'restored';
  }
}
