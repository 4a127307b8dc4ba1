// Setup steps for an UnregisteredDevice, composed as a mixin over a base tuner.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

type Ctor<T = object> = new (...args: any[]) => T;

export class BaseTuner {
  budget = 8;
}

export function WithFrameBudget<B extends Ctor<BaseTuner>>(Base: B) {
  return class extends Base {
    apply(udev: drm.UnregisteredDevice<AuxDrm>): void {
      udev.data.frames = this.budget;
    }
  };
}

export const Tuner = WithFrameBudget(BaseTuner);
