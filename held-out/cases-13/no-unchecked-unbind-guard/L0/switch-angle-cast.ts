// A power-state machine reads the parent in one branch of an exhaustive switch via an angle-bracket cast.
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

type Power = { readonly kind: 'd0' } | { readonly kind: 'd3hot'; readonly since: number } | { readonly kind: 'd3cold' };

function unreachable(x: never): never {
  throw new Error(`unexpected power state ${JSON.stringify(x)}`);
}

export function describe(dev: GpuDevice, power: Power): string {
  switch (power.kind) {
    case 'd0': {
      using guard = <drm.UnbindGuard<GpuDrm>>dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
      return `${guard.parent.name} in D0`;
    }
    case 'd3hot':
      return `${dev.name} in D3hot since ${power.since}`;
    case 'd3cold':
      return `${dev.name} in D3cold`;
    default:
      return unreachable(power);
  }
}
