// [class 8] The renamed re-export's result is cast to a definite guard in a head lookup.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { acquireHead } from './lib/index.js';

export function headId(heads: ReadonlyMap<string, AuxDevice>, name: string): number {
  using guard = acquireHead(heads, name) as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.id;
}
