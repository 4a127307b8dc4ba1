// Setup helper with overloads: sets the frame budget on an UnregisteredDevice.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function tune(udev: drm.UnregisteredDevice<AuxDrm>, frames: number): void;
export function tune(udev: drm.UnregisteredDevice<AuxDrm>, opts: { readonly frames: number }): void;
export function tune(udev: drm.UnregisteredDevice<AuxDrm>, arg: number | { readonly frames: number }): void {
  udev.data = { ...udev.data, frames: typeof arg === 'number' ? arg : arg.frames };
}
