// An emitter created inside the section, used synchronously and dropped there.
import { EventEmitter } from 'node:events';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function runPipeline(dev: GpuDevice, stages: readonly string[]): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  const pipeline = new EventEmitter();
  let done = 0;
  pipeline.on('stage', (stage: string) => {
    guard.parent.asRef().info(`stage ${stage}`);
    done++;
  });
  for (const stage of stages) pipeline.emit('stage', stage);
  pipeline.removeAllListeners();
  return done;
}
