// A GPU status module records a Device<Normal> handle of the parent through a sink re-exported by a barrel. [class 2]
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
  remember(guard.parent.toNormal());
  return `${describe(dev)} (${rememberedName() ?? '?'})`;
};
