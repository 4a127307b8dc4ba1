// A sysfs "wake" attribute that calls an imported entering helper for its side effect, discarding the guard.
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enter } from './enter.js';

export class WakeAttr {
  constructor(private readonly gpu: GpuDevice, private wakes = 0) {}

  store(value: string): number {
    if (value.trim() !== '1') return -22;
    enter(this.gpu); // expect: bindsafe/no-unchecked-unbind-guard
    this.wakes += 1;
    return this.wakes;
  }
}
