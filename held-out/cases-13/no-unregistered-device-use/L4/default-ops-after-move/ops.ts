// The bring-up ops table of an auxiliary display, exported as the module's default.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export interface BringUpOps {
  prime(udev: drm.UnregisteredDevice<AuxDrm>, frames: number): void;
  fingerprint(udev: drm.UnregisteredDevice<AuxDrm>): string;
}

const ops: BringUpOps = {
  prime(udev, frames) {
    udev.data.frames = frames;
  },
  fingerprint(udev) {
    return `${udev.name}:${udev.data.frames}`;
  },
};

export default ops;
