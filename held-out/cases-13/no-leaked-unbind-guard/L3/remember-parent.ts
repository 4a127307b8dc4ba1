// A "last active GPU" tracker keeps its state through a small setter helper, handed the bound parent. [class 7]
import type { device, pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

let active: pci.Device<device.Bound> | undefined;

const remember = (parent: pci.Device<device.Bound>): void => {
  active = parent;
};

const tap =
  <T>(f: (x: T) => void) =>
  (x: T): T => {
    f(x);
    return x;
  };

export const activate = (dev: GpuDevice): number => {
  using guard = dev.unbindGuard();
  if (!guard) return -1;
  remember(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return tap<number>((rev) => guard.parent.asRef().info(`rev ${rev}`))(guard.parent.revision);
};

export const activeName = (): string | undefined => active?.name;
