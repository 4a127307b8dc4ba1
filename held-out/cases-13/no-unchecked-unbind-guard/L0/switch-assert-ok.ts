// The power-state machine asserts the guard with an assertion function that throws ENODEV. [class 3]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Power = { readonly kind: 'd0' } | { readonly kind: 'd3hot'; readonly since: number } | { readonly kind: 'd3cold' };

function unreachable(x: never): never {
  throw new Error(`unexpected power state ${JSON.stringify(x)}`);
}

function assertHeld<D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined): asserts g is drm.UnbindGuard<D> {
  if (g === undefined) throw new errors.KernelError('ENODEV', 'device unplugged');
}

export function describe(dev: GpuDevice, power: Power): string {
  switch (power.kind) {
    case 'd0': {
      using guard = dev.unbindGuard();
      assertHeld(guard);
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
