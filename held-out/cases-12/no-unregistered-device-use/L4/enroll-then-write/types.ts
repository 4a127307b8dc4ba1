// Types and DRM driver description of the virtual GPU.
import type { drm } from '@bindsafe/kernel';

export interface VgpuData {
  contexts: number;
}
export type VgpuDrm = drm.Driver<VgpuData, { readonly slices: number }, {}, 'pci'>;

export const vgpuDrm: VgpuDrm = {
  info: { name: 'vgpu4', desc: 'Virtual GPU', major: 0, minor: 7, patchlevel: 1 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {},
};
