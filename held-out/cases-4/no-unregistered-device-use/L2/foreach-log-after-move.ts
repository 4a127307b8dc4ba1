// After the move, a `forEach` over the plane names logs each with the moved device's name. [class 7]
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

const PLANES = ['primary', 'cursor', 'overlay'] as const;

export const crtcDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'held4-crtc',
  idTable: [{ modname: 'held4_vop', name: 'crtc' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'crtc' }, 0);
    PLANES.forEach((plane) => adev.asRef().info(`${udev.name}: ${plane} plane ready`)); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
