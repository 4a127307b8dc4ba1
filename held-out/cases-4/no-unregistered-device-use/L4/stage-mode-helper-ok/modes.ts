// Display mode presets applied to an UnregisteredDevice during setup.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export type Mode = '720p' | '1080p' | '4k';

export function applyMode(udev: drm.UnregisteredDevice<AuxDrm>, mode: Mode): void {
  switch (mode) {
    case '720p':
      udev.data.frames = 60;
      break;
    case '1080p':
      udev.data.frames = 120;
      break;
    case '4k':
      udev.data.frames = 240;
      break;
  }
}
