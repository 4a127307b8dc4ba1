// A ring-status query awaits another module's retrying `enterWhenReady` and checks the resolved guard before using it. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { enterWhenReady } from './enter.js';

export async function ringStatus(dev: drm.Device<GpuDrm>, ring: number): Promise<string> {
  using guard = await enterWhenReady(dev);
  if (guard === undefined) return `${dev.name}: gone`;
  const seqno = guard.registrationDataWith((_parent, data) => data.counters[`ring${ring}`] ?? 0);
  return `${guard.parent.name} ring${ring} @ ${seqno}`;
}
