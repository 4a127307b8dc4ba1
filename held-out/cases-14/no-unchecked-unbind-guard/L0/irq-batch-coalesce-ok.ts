// A deferred-work batcher acknowledges a batch of pending interrupt causes, turning an unplugged card into ENODEV with `??` and a never-returning helper. [class 8]
import { errors } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

export const enum Cause {
  Fence = 1 << 0,
  Fault = 1 << 1,
  Thermal = 1 << 2,
}

function unplugged(card: string): never {
  throw new errors.KernelError('ENODEV', `${card}: unplugged while acknowledging interrupts`);
}

export function ackCauses(dev: GpuDevice, pending: Iterable<Cause>): number {
  let mask = 0;
  for (const cause of pending) mask |= cause;
  if (mask === 0) return 0;
  using guard = dev.unbindGuard() ?? unplugged(dev.name);
  guard.registrationDataWith((_pdev, data) => data.bar.write32(mask, 0x40));
  return mask;
}
