// A bring-up slot: the unregistered device plus its VRAM budget, and its budget in MiB.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface Slot {
  readonly udev: drm.UnregisteredDevice<GpuDrm>;
  readonly vram: number;
}

export function slotBudget(slot: Slot): string {
  return `${slot.vram >> 20} MiB`;
}
