// A clock-gating path enters the device through a small helper and asserts what it returns.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function enter(dev: GpuDevice) {
  return dev.unbindGuard();
}

export function ungateClocks(dev: GpuDevice, domains: readonly string[]): number {
  using guard = enter(dev)!; // expect: bindsafe/no-unchecked-unbind-guard
  guard.parent.asRef().info(`ungating ${domains.join('+')}`);
  return domains.length;
}
