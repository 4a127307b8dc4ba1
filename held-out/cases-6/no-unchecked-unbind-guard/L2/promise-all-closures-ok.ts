// [class 5] A storage array checks every member in `Promise.all` over async closures, each handling `undefined`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export async function memberIds(members: readonly GpuDevice[]): Promise<number[]> {
  return Promise.all(
    members.map(async (member, i) => {
      await pause(i);
      using guard = member.unbindGuard();
      if (!guard) return 0;
      return guard.parent.deviceId;
    }),
  );
}
