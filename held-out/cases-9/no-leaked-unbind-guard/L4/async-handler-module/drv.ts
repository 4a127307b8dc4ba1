// The driver types: a GPU with a `wait` ioctl whose handler lives in ./wait.ts.
import type { drm } from '@bindsafe/kernel';
import type { GpuData, GpuFile, GpuRegData, Submit } from '../../../../cases/_shared/gpu-drm.js';

export interface WaitIoctls {
  readonly wait: Submit;
}

export type WaitDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', WaitIoctls>;
