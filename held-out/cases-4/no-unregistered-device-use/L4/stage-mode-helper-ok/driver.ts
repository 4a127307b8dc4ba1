// probe applies a mode preset through an imported helper before moving the device; afterwards it uses the registration only.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { applyMode, type Mode } from './modes.js';

export const monitorDriver: auxiliary.Driver<{ readonly reg: drm.Registration<AuxDrm> }, { readonly mode: Mode }> = {
  name: 'held4-monitor',
  idTable: [
    { modname: 'held4_vop', name: 'monitor', info: { mode: '1080p' } },
    { modname: 'held4_vop', name: 'monitor-uhd', info: { mode: '4k' } },
  ],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    applyMode(udev, info?.mode ?? '720p');
    const reg = drm.Registration.new(adev, udev, { core: adev.parent(), label: 'monitor' }, 0);
    adev.asRef().info(`${reg.device().name}: ${reg.device().data.frames} frames`);
    return { reg };
  },
};
