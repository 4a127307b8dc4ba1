// A helper turns the guard into a discriminated union; the caller switches over its kind.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Probe = { kind: 'live'; vram: number } | { kind: 'gone'; name: string };

function probeVram(dev: GpuDevice): Probe {
  using guard = dev.unbindGuard();
  if (!guard) return { kind: 'gone', name: dev.name };
  return { kind: 'live', vram: guard.registrationDataWith((_p, data) => data.vramSize) };
}

export function vramReport(dev: GpuDevice): string {
  const probe = probeVram(dev);
  switch (probe.kind) {
    case 'live':
      return `${probe.vram} bytes`;
    case 'gone':
      return `${probe.name} unplugged`;
  }
}
