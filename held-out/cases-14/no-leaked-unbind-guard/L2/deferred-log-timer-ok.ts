// A hot-plug logger defers its "device seen" line to the next tick, with the name copied out first. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const sinks: Array<(line: string) => void> = [console.log];

export function logSeen(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    const name = parent.name;
    setTimeout(() => sinks.forEach((sink) => sink(`seen ${name}`)), 0);
  });
}
