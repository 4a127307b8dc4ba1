// Display profiles for the panel driver: a discriminated union and the setup helper that writes udev.data.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export type Profile = { readonly kind: 'fixed'; readonly frames: number } | { readonly kind: 'off' };

export function applyProfile(udev: drm.UnregisteredDevice<AuxDrm>, profile: Profile): void {
  udev.data.frames = profile.kind === 'fixed' ? profile.frames : 0;
}
