// A thaw handler calls another module's default-exported `enterDevice` for every GPU as a statement in a `for … of`, discarding each guard. [class 1]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import enterDevice from './enter.js';

export function thawAll(devs: Iterable<drm.Device<GpuDrm>>): number {
  let count = 0;
  for (const dev of devs) {
    enterDevice(dev); // expect: bindsafe/no-unchecked-unbind-guard
    count++;
  }
  return count;
}
