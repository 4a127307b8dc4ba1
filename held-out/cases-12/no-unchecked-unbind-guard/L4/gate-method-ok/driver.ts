// A video-decode session takes an imported Gate's guard and falls back to `fail()` through `??`. [class 6]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { Gate } from './gate.js';

export function startDecode(dev: GpuDevice, codec: 'h264' | 'av1'): string {
  const gate = new Gate(dev);
  using guard = gate.enter() ?? gate.fail();
  return `${gate.name}: ${codec} on rev ${guard.parent.revision}`;
}
