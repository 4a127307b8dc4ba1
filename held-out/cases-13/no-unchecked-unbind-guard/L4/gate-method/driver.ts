// A scanout engine extends a Gate class from another module and asserts its inherited enter(). [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Gate } from './gate.js';

export class Scanout extends Gate {
  #flips = 0;

  constructor(dev: GpuDevice) {
    super(dev);
  }

  flip(fb: number): number {
    using guard = this.enter()!; // expect: bindsafe/no-unchecked-unbind-guard
    guard.registrationDataWith((_parent, data) => data.bar.write32(fb, 0x300));
    return ++this.#flips;
  }
}
