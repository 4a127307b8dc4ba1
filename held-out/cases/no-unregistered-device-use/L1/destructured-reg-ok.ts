// A destructured registration: its device used before the drop, only its name after. [class 8]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../_shared/gpu-drm.js';

export async function shutdown(data: { readonly reg: drm.Registration<GpuDrm>; readonly tag: string }): Promise<string> {
  const { reg, tag } = data;
  const file = reg.device().openFile();
  await reg.device().ioctl('submit', { ring: 1, seqno: 0 }, file);
  await reg.drop();
  return `${tag}: ${reg.device().name} (dropped=${reg.dropped})`;
}
