// A guard and a RevocableGuard are both released in one `finally`, whatever the handler table throws.
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const ops: Record<string, (len: number, word: number) => number> = {
  ratio: (len, word) => (len === 0 ? 0 : word / len),
  sum: (len, word) => len + word,
};

export function sample(dev: GpuDevice, op: string): number {
  const guard = dev.unbindGuard();
  if (!guard) return -1;
  const regs = dev.data.regs.tryAccess();
  try {
    const handler = ops[op];
    if (!handler) throw new RangeError(`unknown op ${op}`);
    return handler(guard.parent.resourceLen(0), regs?.value.read32(0x10) ?? 0);
  } catch (err) {
    guard.parent.asRef().info(`sample failed: ${String(err)}`);
    throw err;
  } finally {
    regs?.release();
    guard.release();
  }
}
