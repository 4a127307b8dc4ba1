// A self test opens a file and takes a guard before the drop, and after it reads only the name and data.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function selfTest(reg: drm.Registration<GpuDrm>): Promise<string> {
  const dev = reg.device();
  const file = dev.openFile();
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId) ?? 0;
  try {
    await reg.drop();
  } catch (err) {
    throw new Error(`drop failed: ${String(err)}`, { cause: err });
  }
  return `${dev.name} (${dev.data.label}) vendor ${vendor} file ${file.inner().id}`;
}
