// Power-on bookkeeping hands the guard's parent to another module's ledger instance, which keeps it. [class 8]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { ledger } from './ledger.js';

export function powerOn(dev: GpuDevice): number {
  using guard = dev.unbindGuard();
  if (!guard) return ledger.size;
  guard.parent.asRef().info('power on');
  return ledger.add(guard.parent); // expect: bindsafe/no-leaked-unbind-guard
}
