// A CRTC enable path enters the device through a barrel-exported helper and asserts its result. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { enter } from './section/index.js';

export function enableCrtc(dev: GpuDevice, pipe: number): string {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  return `${guard.parent.name}: pipe ${pipe} enabled`;
}
