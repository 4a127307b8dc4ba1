// A debug shell keeps register-peek hooks in a module-level list; the hook enters a section of its own each time. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Hook = (offset: number) => number | undefined;

const hooks: Array<readonly [string, Hook]> = [];

const peek =
  (dev: GpuDevice): Hook =>
  (offset) => {
    using guard = dev.unbindGuard();
    return guard?.registrationDataWith((_parent, data) => data.bar.read32(offset));
  };

export const installPeek = (dev: GpuDevice): void => {
  hooks.push([`${dev.name}.peek`, peek(dev)]);
};

export const run = (name: string, offset: number): number | undefined =>
  hooks.find(([n]) => n === name)?.[1](offset);
