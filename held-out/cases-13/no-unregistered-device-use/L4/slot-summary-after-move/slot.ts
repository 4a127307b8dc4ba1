// A bring-up slot: the unregistered device plus its VRAM budget, and a summary of it.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface Slot {
  readonly udev: drm.UnregisteredDevice<GpuDrm>;
  readonly vram: number;
}

export function slotSummary(slot: Slot): string {
  return `${slot.udev.name}: ${slot.vram >> 20} MiB`;
}
