// A module Set of status probes gets a closure over the Bar; the probes run long after the section.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type StatusProbe = () => number;

const probes = new Set<StatusProbe>();

export function addStatusProbe(dev: drm.Device<GpuDrm>): void {
  using guard = dev.unbindGuard();
  if (!guard) return;
  guard.registrationDataWith((_p, data) => {
    const probe: StatusProbe = () => data.bar.read32(0x10);
    probes.add(probe); // expect: bindsafe/no-leaked-unbind-guard
  });
}

export function runProbes(): number[] {
  return [...probes].map((p) => p());
}
