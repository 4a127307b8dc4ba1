// A DMA display's teardown reads the name and takes a handle in the `.then` callback after the drop. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export const retired: GpuDevice[] = [];

export function retire(reg: drm.Registration<GpuDrm>): Promise<void> {
  return reg.drop().then(() => {
    const dev = reg.device();
    console.info(`${dev.name}: ${dev.data.submitted} jobs before unplug`);
    retired.push(dev.toNormal());
  });
}
