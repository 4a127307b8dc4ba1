// Describes a crypto engine's unregistered device for the boot log.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';

export const describe = (u: drm.UnregisteredDevice<GpuDrm>): string => `${u.name}:${u.data.label}`;
