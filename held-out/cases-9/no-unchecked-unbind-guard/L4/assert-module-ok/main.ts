// An imported assertion function narrows the guard; a later `!` after narrowing is harmless.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { assertGuard } from './index.js';

export function snapshot(dev: AuxDevice): Readonly<Record<string, string | number>> {
  using guard = dev.unbindGuard();
  assertGuard(guard, 'snapshot');
  return Object.freeze({ id: guard!.parent.id, modname: guard.parent.modname });
}
