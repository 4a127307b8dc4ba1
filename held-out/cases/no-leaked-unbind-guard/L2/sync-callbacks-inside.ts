// forEach, map and reduce callbacks run during the section: fine.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export function dumpRegs(dev: GpuDevice, offsets: readonly number[]): number {
  return (
    dev.withUnbindGuard((parent) => {
      offsets.forEach((off) => parent.asRef().info(`reg ${off.toString(16)}`));
      const values = offsets.map((off) => dev.data.regs.access(parent.asRef()).read32(off));
      return values.reduce((acc, v) => acc ^ v, parent.revision);
    }) ?? 0
  );
}
