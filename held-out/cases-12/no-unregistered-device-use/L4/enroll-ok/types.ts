// Types and DRM driver description of the virtual GPU.
import type { drm } from '@bindsafe/kernel';

export interface VgpuData {
  contexts: number;
}
export type VgpuDrm = drm.Driver<VgpuData, { readonly slices: number }, {}, 'pci'>;

export const vgpuDrm: VgpuDrm = {
  info: { name: 'vgpu5', desc: 'Virtual GPU', major: 0, minor: 7, patchlevel: 2 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};
