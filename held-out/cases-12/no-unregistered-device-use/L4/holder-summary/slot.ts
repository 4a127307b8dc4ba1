// A staging slot for the DSP's DRM device and a helper that summarises what it holds.
import type { drm } from '@bindsafe/kernel';

export type DspDrm = drm.Driver<{ cores: number }, { readonly sramKiB: number }, {}, 'auxiliary'>;

export interface DspSlot {
  readonly udev: drm.UnregisteredDevice<DspDrm>;
  readonly sramKiB: number;
}

export function summarize(slot: DspSlot): string {
  return `${slot.udev.name}: ${slot.udev.data.cores} cores, ${slot.sramKiB} KiB`;
}
