// A CRTC enable path enters the device through a barrel-exported helper that checks for `undefined`. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enter } from './section/index.js';

export function enableCrtc(dev: GpuDevice, pipe: number): string {
  using guard = enter(dev);
  return `${guard.parent.name}: pipe ${pipe} enabled`;
}
