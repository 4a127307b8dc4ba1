// A GPU hot-unplug path reads the parent through a guard, retires the registration through an imported staged teardown, then keeps a handle. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { retire, type Stage } from './teardown/index.js';

export const unplugged = new WeakSet<drm.Device<GpuDrm>>();

export async function hotUnplug(reg: drm.Registration<GpuDrm>): Promise<readonly [vendor: number, stages: readonly Stage[]]> {
  const stages: Stage[] = [];
  const dev = reg.device();
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId) ?? -1;
  await retire(reg, (stage) => stages.push(stage));
  unplugged.add(dev.toNormal());
  stages.push(dev.name === '' ? 'quiesce' : 'done');
  return [vendor, stages];
}
