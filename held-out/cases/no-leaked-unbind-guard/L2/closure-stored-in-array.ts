// A closure over the parent is stored in a module-level array of probes.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

const probes: Array<() => number> = [];

export function addProbe(dev: GpuDevice): void {
  dev.withUnbindGuard((parent) => {
    probes.push(() => parent.revision); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function runProbes(): number[] {
  return probes.map((p) => p());
}
