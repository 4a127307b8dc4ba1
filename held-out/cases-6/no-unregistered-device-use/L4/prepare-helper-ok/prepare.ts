// Prepares a DMA engine's unregistered DRM device: fills in its data before registration.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export function prepare(u: drm.UnregisteredDevice<GpuDrm>, channels: number): void {
  Object.assign(u.data, { label: `dma-${channels}ch`, submitted: 0 });
}
