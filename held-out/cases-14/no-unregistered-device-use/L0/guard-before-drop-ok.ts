// A retire path flushes once under a guard, releases it, then drops the registration and reads only the name. [class 1, class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export abstract class Lifecycle<D extends drm.AnyDriver> {
  protected constructor(protected readonly reg: drm.Registration<D>) {}
  protected abstract flush(dev: drm.Device<D>): void;

  async shutdown(): Promise<string> {
    const dev = this.reg.device();
    {
      using guard = dev.unbindGuard();
      if (guard) this.flush(dev);
    }
    await this.reg.drop();
    return dev.name;
  }
}

export class AuxLifecycle extends Lifecycle<AuxDrm> {
  constructor(reg: drm.Registration<AuxDrm>) {
    super(reg);
  }
  protected flush(dev: drm.Device<AuxDrm>): void {
    dev.data.frames = 0;
  }
}
