// A bring-up slot of an auxiliary display and its label helper.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export interface Slot {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly lanes: number;
}

export function slotLabel(slot: Slot): string {
  return `${slot.udev.name}x${slot.lanes}`;
}
