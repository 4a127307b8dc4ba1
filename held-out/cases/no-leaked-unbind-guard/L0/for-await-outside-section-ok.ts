// for await outside any section; each iteration takes its own guard, released before the next await. [class 5]
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export async function drainCommands(dev: GpuDevice, commands: AsyncIterable<number>): Promise<number> {
  let sent = 0;
  for await (const command of commands) {
    using guard = dev.unbindGuard();
    if (!guard) break;
    guard.registrationDataWith((_p, data) => data.bar.write32(command, 0x80));
    sent++;
  }
  return sent;
}
