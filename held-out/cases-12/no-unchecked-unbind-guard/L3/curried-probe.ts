// A curried "opener" factory returns a function that enters the device; a link check asserts it. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function openerFor(dev: GpuDevice) {
  return function open() {
    return dev.unbindGuard();
  };
}

export function linkUp(dev: GpuDevice): boolean {
  const open = openerFor(dev);
  using guard = open()!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.busMaster;
}
