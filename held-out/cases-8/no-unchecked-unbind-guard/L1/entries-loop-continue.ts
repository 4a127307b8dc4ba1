// Outputs from a Map are walked with entries(); an undefined guard skips to the next output.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function liveOutputs(outputs: ReadonlyMap<string, GpuDevice>): string[] {
  const live: string[] = [];
  for (const [name, dev] of outputs.entries()) {
    using guard = dev.unbindGuard();
    if (!guard) continue;
    live.push(`${name}@${guard.parent.deviceId.toString(16)}`);
  }
  return live;
}
