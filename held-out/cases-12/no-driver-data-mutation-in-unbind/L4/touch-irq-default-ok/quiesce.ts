// Default-exported helper: puts the touch controller to sleep through its mapped registers.
import type { device, devres, platform } from '@bindsafe/kernel';

export default function quiesce(io: devres.Devres<platform.IoMem>, dev: device.Device<device.Bound>): void {
  const mem = io.access(dev);
  mem.write32(0, 0x8040);
  mem.write32(5, 0x8040);
}
