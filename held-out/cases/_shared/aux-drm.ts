// A DRM driver whose parent is an auxiliary device (like nova-drm), shared by the cases.
import type { auxiliary, device, drm } from '@bindsafe/kernel';

export interface AuxData {
  readonly adev: auxiliary.Device;
  frames: number;
}

export interface AuxRegData {
  readonly core: device.Device<device.Bound>;
  readonly label: string;
}

export type AuxDrm = drm.Driver<AuxData, AuxRegData, { readonly opened: number }, 'auxiliary'>;
export type AuxDevice = drm.Device<AuxDrm>;

export const auxDrm: AuxDrm = {
  info: { name: 'auxgpu', desc: 'Held-out auxiliary GPU', major: 0, minor: 3, patchlevel: 1 },
  bus: 'auxiliary',
  openFile: () => ({ opened: Date.now() }),
  ioctls: {},
};
