// A panel driver imports applyProfile through a barrel and applies it only after moving the device into Registration.new.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { applyProfile, type Profile } from './profiles/index.js';

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const panelDriver: auxiliary.Driver<PanelData, Profile> = {
  name: 'held11-barrel-panel',
  idTable: [{ modname: 'held11_gpu', name: 'barrel-panel', info: { kind: 'fixed', frames: 120 } }],
  probe(adev, info = { kind: 'off' }) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    applyProfile(udev, info); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
