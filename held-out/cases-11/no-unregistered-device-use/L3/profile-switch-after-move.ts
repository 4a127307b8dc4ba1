// A probe applies a display profile (discriminated union + switch) through a same-file helper, but only after moving the device into Registration.new.
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Profile =
  | { readonly kind: 'fixed'; readonly frames: number }
  | { readonly kind: 'scaled'; readonly base: number; readonly factor: number }
  | { readonly kind: 'off' };

function applyProfile(udev: drm.UnregisteredDevice<AuxDrm>, profile: Profile): void {
  switch (profile.kind) {
    case 'fixed':
      udev.data.frames = profile.frames;
      break;
    case 'scaled':
      udev.data.frames = Math.round(profile.base * profile.factor);
      break;
    case 'off':
      udev.data.frames = 0;
      break;
  }
}

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
}

export const panelDriver: auxiliary.Driver<PanelData, Profile> = {
  name: 'held11-panel',
  idTable: [{ modname: 'held11_gpu', name: 'panel', info: { kind: 'scaled', base: 30, factor: 2 } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    applyProfile(udev, info ?? { kind: 'off' }); // expect: bindsafe/no-unregistered-device-use
    return { reg };
  },
};
