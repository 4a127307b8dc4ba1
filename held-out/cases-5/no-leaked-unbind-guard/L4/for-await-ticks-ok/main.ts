// A fan-curve loop holds its guard with `using` and touches the BAR on every tick of another module's async generator (`for await`): the section is open across each `await`. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { ticks } from './ticks.js';

const TEMP = 0x500;
const FAN_DUTY = 0x520;

export async function runFanCurve(dev: drm.Device<GpuDrm>, steps = 8): Promise<number> {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  let applied = 0;
  for await (const tick of ticks(steps)) {
    const temp = guard.registrationDataWith((_parent, data) => data.bar.read32(TEMP) >>> 8);
    const duty = Math.min(100, Math.max(20, temp * 2 - 60 + (tick & 1)));
    guard.registrationDataWith((_parent, data) => data.bar.write32(duty, FAN_DUTY));
    applied++;
  }
  guard.parent.asRef().info(`fan curve applied over ${applied} ticks`);
  return applied;
}
