// A debug shell keeps register-peek hooks in a module-level list; one hook closes over the registration data's BAR. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Hook = (offset: number) => number;

const hooks: Array<readonly [string, Hook]> = [];

export const installPeek = (dev: GpuDevice): boolean => {
  using guard = dev.unbindGuard();
  if (!guard) return false;
  return guard.registrationDataWith((_parent, data) => {
    hooks.push([`${dev.name}.peek`, (offset) => data.bar.read32(offset)]); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
};

export const run = (name: string, offset: number): number | undefined =>
  hooks.find(([n]) => n === name)?.[1](offset);
