// A module-level singleton from another module, whose method is untagged: no comment is needed at the call.
import type { device } from '@bindsafe/kernel';
import { probeLog } from './bound-log.js';

export async function initAll(devs: readonly device.Device[]): Promise<number> {
  await Promise.all(
    devs.map(async (dev, i) => {
      probeLog.write(dev, `init ${i}`);
    }),
  );
  return probeLog.count;
}
