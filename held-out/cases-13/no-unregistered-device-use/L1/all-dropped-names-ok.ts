// A multi-head GPU teardown takes every head's device handle, unplugs all registrations together, then reports the heads by name. [class 5, class 6]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export async function unplugHeads(regs: readonly drm.Registration<GpuDrm>[]): Promise<readonly string[]> {
  const devices = regs.map((reg) => reg.device());
  const results = await Promise.allSettled(regs.map((reg) => reg.drop()));
  const failed = results.filter((r) => r.status === 'rejected').length;
  const [first, ...rest] = devices;
  return [first?.name ?? 'none', ...rest.map((dev) => dev.toNormal().name), `${failed} failed`];
}
