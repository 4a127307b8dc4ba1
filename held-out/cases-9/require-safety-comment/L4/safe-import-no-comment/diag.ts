// Helper module of safe-import-no-comment: a safe wrapper that justifies its own unsafe call.
import type { device, devres, platform } from '@bindsafe/kernel';

export function dumpStatus(handle: device.Device, mem: devres.Devres<platform.IoMem>): string {
  const words: number[] = [];
  // SAFETY: dumpStatus is only exported for unbind paths, where the device is bound.
  const io = mem.access(handle.unsafeAsBound());
  for (let off = 0; off < 16; off += 4) words.push(io.read32(off));
  return words.map((w) => w.toString(16)).join(' ');
}
