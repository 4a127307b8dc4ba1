// A GPU status module records the active parent through a sink re-exported by a barrel module. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { remember, rememberedName } from './sinks/index.js';

const pipe =
  <A, B, C>(f: (a: A) => B, g: (b: B) => C) =>
  (a: A): C =>
    g(f(a));

const describe = pipe((dev: GpuDevice) => dev.name, (name: string) => `gpu:${name}`);

export const markActive = (dev: GpuDevice): string | undefined => {
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  remember(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
  return `${describe(dev)} (${rememberedName() ?? '?'})`;
};
