// A video-decode session asserts the guard an imported Gate's method returns. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Gate } from './gate.js';

export function startDecode(dev: GpuDevice, codec: 'h264' | 'av1'): string {
  const gate = new Gate(dev);
  using guard = gate.enter()!; // expect: bindsafe/no-unchecked-unbind-guard
  return `${gate.name}: ${codec} on rev ${guard.parent.revision}`;
}
