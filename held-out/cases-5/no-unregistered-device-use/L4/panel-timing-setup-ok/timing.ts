// Panel timing presets applied to a DRM device during setup, before it is registered.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export interface PanelTiming {
  readonly name: string;
  readonly refreshHz: number;
}

export const TIMINGS: Readonly<Record<string, PanelTiming>> = {
  edp: { name: 'edp-1080p', refreshHz: 60 },
  dsi: { name: 'dsi-720p', refreshHz: 90 },
};

export function applyPanelTiming(udev: drm.UnregisteredDevice<GpuDrm>, timing: PanelTiming): string {
  udev.data = { ...udev.data, label: `${udev.data.label}@${timing.name}` };
  return `${udev.name}: ${timing.refreshHz} Hz`;
}
