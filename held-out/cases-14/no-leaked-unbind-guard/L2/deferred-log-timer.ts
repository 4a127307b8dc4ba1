// A hot-plug logger defers its "device seen" line to the next tick so the event loop is not blocked. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const sinks: Array<(line: string) => void> = [console.log];

export function logSeen(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    setTimeout(() => sinks.forEach((sink) => sink(`seen ${parent.name}`)), 0); // expect: bindsafe/no-leaked-unbind-guard
  });
}
