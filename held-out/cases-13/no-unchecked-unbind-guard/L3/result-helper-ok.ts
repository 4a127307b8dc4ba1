// A helper keeps the whole section inside itself and returns a discriminated Result of plain data. [class 3]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Probe =
  | { readonly kind: 'plugged'; readonly vendor: number; readonly revision: number }
  | { readonly kind: 'unplugged'; readonly name: string };

function probeIdentity(dev: GpuDevice): Probe {
  using guard = dev.unbindGuard();
  if (guard === undefined) return { kind: 'unplugged', name: dev.name };
  return { kind: 'plugged', vendor: guard.parent.vendorId, revision: guard.parent.revision };
}

export function identityLine(dev: GpuDevice): string {
  const probe = probeIdentity(dev);
  switch (probe.kind) {
    case 'plugged':
      return `${probe.vendor.toString(16)} rev ${probe.revision}`;
    case 'unplugged':
      return `${probe.name}: gone`;
    default: {
      const never: never = probe;
      return never;
    }
  }
}
