// A shutdown path runs its final flush through an imported guarded helper, then drops the registration. [class 5]
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { withParent } from './flush/index.js';

export async function shutdownOk(reg: drm.Registration<AuxDrm>): Promise<number> {
  const dev = reg.device();
  const flushed = withParent(dev, (name) => name.length) ?? 0;
  await reg.drop();
  return flushed;
}
