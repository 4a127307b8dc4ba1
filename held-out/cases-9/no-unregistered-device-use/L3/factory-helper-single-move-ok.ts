// A static factory on a small builder class makes the device; the probe registers what it returns, once.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

class HeadBuilder {
  private constructor(readonly frames: number) {}

  static withFrames(frames: number): HeadBuilder {
    return new HeadBuilder(frames);
  }

  build(adev: auxiliary.Device<device.Bound>): drm.UnregisteredDevice<AuxDrm> {
    return drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: this.frames });
  }
}

export const builtDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b9d-built',
  idTable: [{ modname: 'b9d_gpu', name: 'built' }],
  probe(adev) {
    const reg = drm.Registration.new(adev, HeadBuilder.withFrames(60).build(adev), { core: adev.asRef(), label: 'built' }, 0);
    return { reg };
  },
};
