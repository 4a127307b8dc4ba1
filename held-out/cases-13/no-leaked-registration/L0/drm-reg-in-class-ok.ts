// The DRM frontend keeps its registration in a driver-data class with parameter properties. [class 4]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

abstract class CardBase {
  constructor(readonly card: string) {}
  abstract get minorLabel(): string;
}

class Frontend extends CardBase {
  constructor(readonly reg: drm.Registration<AuxDrm>, readonly node: drm.Device<AuxDrm>) {
    super(node.name);
  }
  get minorLabel(): string {
    return `card:${this.card}`;
  }
}

export const frontendDriver: auxiliary.Driver<Frontend> = {
  name: 'auxgpu-frontend',
  idTable: [{ modname: 'auxgpu', name: 'drm' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    udev.data.frames = adev.id;
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'frontend' }, 0);
    return new Frontend(reg, reg.device());
  },
};
