// A probe sets the frame budget of its UnregisteredDevice in a switch over a mode enum, then registers it once.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDevice, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

export enum Mode {
  Idle,
  Video,
  Game,
}

export const mode: { current: Mode } = { current: Mode.Video };

export const modeDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }> = {
  name: 'b8f-mode',
  idTable: [{ modname: 'b8f_gpu', name: 'mode' }],
  probe(adev) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const { data } = udev;
    switch (mode.current) {
      case Mode.Idle:
        data.frames = 1;
        break;
      case Mode.Video:
        data.frames = 30;
        break;
      default:
        data.frames = 60;
    }
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: Mode[mode.current] }, 0);
    return { reg };
  },
};
