// After the drop, a health check runs some() over probes, each taking an unbind guard on the unplugged device. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

type ParentCheck = (name: string) => boolean;

export async function recheck(reg: drm.Registration<AuxDrm>, checks: readonly ParentCheck[]): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  return checks.some((check) => dev.withUnbindGuard((parent) => check(parent.name)) === true); // expect: bindsafe/no-unregistered-device-use
}
