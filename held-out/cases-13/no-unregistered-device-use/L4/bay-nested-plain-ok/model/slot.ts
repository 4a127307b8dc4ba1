// A bring-up slot of an auxiliary display and its lane helper.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export interface Slot {
  readonly udev: drm.UnregisteredDevice<AuxDrm>;
  readonly lanes: number;
}

export function slotLanes(slot: Slot): string {
  return `x${slot.lanes}`;
}
