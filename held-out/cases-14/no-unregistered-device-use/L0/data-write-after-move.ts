// A frame-counter node resets its private data after registering it, through the moved UnregisteredDevice.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm, type AuxData } from '../../../cases/_shared/aux-drm.js';

class CounterNode {
  constructor(readonly reg: drm.Registration<AuxDrm>) {}
  static defaults(adev: auxiliary.Device<device.Core>): AuxData {
    return { adev: adev.toNormal(), frames: 0 };
  }
}

export const counterDriver: auxiliary.Driver<CounterNode> = {
  name: 'b14c-counter',
  idTable: [{ modname: 'b14c', name: 'counter' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, CounterNode.defaults(adev));
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'counter' }, 0);
    udev.data.frames = 1; // expect: bindsafe/no-unregistered-device-use
    return new CounterNode(reg);
  },
};
