// A doorbell dispatcher switches on a command kind and rings the matching register; the guard is copied into a second alias, and that alias is asserted. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export type Doorbell = { kind: 'compute'; queue: number } | { kind: 'copy'; engine: number } | { kind: 'nop' };

export function ring(dev: GpuDevice, bells: Iterable<Doorbell>): number {
  using guard = dev.unbindGuard();
  const current = guard;
  let rung = 0;
  for (const bell of bells) {
    switch (bell.kind) {
      case 'compute':
        current!.registrationDataWith((_pdev, data) => data.bar.write32(bell.queue, 0x100)); // expect: bindsafe/no-unchecked-unbind-guard
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
