// After the drop, a WeakRef to a handle and a timer that reads only the name and the data. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function retireLater(reg: drm.Registration<GpuDrm>): Promise<WeakRef<drm.Device<GpuDrm>>> {
  const dev = reg.device();
  await reg.drop();
  const ref = new WeakRef(dev.toNormal());
  setTimeout(() => console.log(`${dev.name} retired after ${dev.data.submitted} submits`), 0);
  return ref;
}
