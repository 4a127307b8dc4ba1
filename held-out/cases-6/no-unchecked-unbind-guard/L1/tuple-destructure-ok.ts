// [class 6] A NIC's timed register read: the guard comes out of a destructured tuple, checked, released in `finally`.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export function timedRead(dev: GpuDevice): { value: number; micros: number } | undefined {
  const [guard, started] = [dev.unbindGuard(), performance.now()] as const;
  if (guard === undefined) return undefined;
  try {
    const value = guard.registrationDataWith((_parent, data) => data.bar.read32(0x10));
    return { value, micros: Math.round((performance.now() - started) * 1000) };
  } finally {
    guard.release();
  }
}
