// Valid: an async drain holds its guard with using across a for await loop over another module's event stream.
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { completions } from './events.js';

export async function drain(dev: drm.Device<GpuDrm>, count: number): Promise<number> {
  using guard = dev.unbindGuard();
  if (guard === undefined) return 0;
  let last = 0;
  for await (const c of completions(count)) {
    last = guard.registrationDataWith((_p, data) => {
      data.bar.write32(c.seqno, 0x900 + c.ring * 4);
      return c.seqno;
    });
  }
  return last;
}
