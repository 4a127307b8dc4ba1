// A probe applies a display profile (discriminated union + switch) through a same-file helper before the move; afterwards it only uses reg.device().
import { drm, type auxiliary } from '@bindsafe/kernel';
import { auxDrm, type AuxDrm } from '../../../cases/_shared/aux-drm.js';

type Profile =
  | { readonly kind: 'fixed'; readonly frames: number }
  | { readonly kind: 'scaled'; readonly base: number; readonly factor: number }
  | { readonly kind: 'off' };

function applyProfile(udev: drm.UnregisteredDevice<AuxDrm>, profile: Profile): number {
  switch (profile.kind) {
    case 'fixed':
      return (udev.data.frames = profile.frames);
    case 'scaled':
      return (udev.data.frames = Math.round(profile.base * profile.factor));
    default:
      return (udev.data.frames = 0);
  }
}

interface PanelData {
  readonly reg: drm.Registration<AuxDrm>;
  readonly frames: number;
}

export const panelDriver: auxiliary.Driver<PanelData, Profile> = {
  name: 'held11-panel-ok',
  idTable: [{ modname: 'held11_gpu', name: 'panel-ok', info: { kind: 'fixed', frames: 60 } }],
  probe(adev, info) {
    const udev = drm.UnregisteredDevice.new(auxDrm, adev, { adev: adev.toNormal(), frames: 0 });
    const frames = applyProfile(udev, info ?? { kind: 'off' });
    const reg = drm.Registration.new(adev, udev, { core: adev.asRef(), label: 'panel' }, 0);
    adev.asRef().info(`panel: ${reg.device().name} at ${reg.device().data.frames} frames`);
    return { reg, frames };
  },
};
