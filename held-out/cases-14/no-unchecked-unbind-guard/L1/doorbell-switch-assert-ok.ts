// A doorbell dispatcher switches on a command kind and rings the matching register; the guard alias goes through an assertion function before any use. [class 6]
import { errors, type drm } from '@bindsafe/kernel';
import type { GpuDevice, GpuDrm } from '../../../cases/_shared/gpu-drm.js';

export type Doorbell = { kind: 'compute'; queue: number } | { kind: 'copy'; engine: number } | { kind: 'nop' };

function assertHeld(guard: drm.UnbindGuard<GpuDrm> | undefined, card: string): asserts guard is drm.UnbindGuard<GpuDrm> {
  if (guard === undefined) throw new errors.KernelError('ENODEV', `${card}: unplugged before the doorbell`);
}

export function ring(dev: GpuDevice, bells: Iterable<Doorbell>): number {
  using guard = dev.unbindGuard();
  const current = guard;
  assertHeld(current, dev.name);
  let rung = 0;
  for (const bell of bells) {
    switch (bell.kind) {
      case 'compute':
        current.registrationDataWith((_pdev, data) => data.bar.write32(bell.queue, 0x100));
        rung++;
        break;
      case 'copy':
        rung += bell.engine > 0 ? 1 : 0;
        break;
      case 'nop':
        break;
    }
  }
  return rung;
}
