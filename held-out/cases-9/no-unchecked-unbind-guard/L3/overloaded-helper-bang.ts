// An overloaded helper passes the guard on; the caller asserts its result non-null.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function sectionOf(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined;
function sectionOf(dev: AuxDevice, label: string): drm.UnbindGuard<AuxDrm> | undefined;
function sectionOf(dev: AuxDevice, label?: string): drm.UnbindGuard<AuxDrm> | undefined {
  if (label !== undefined && label.length === 0) throw new TypeError('empty label');
  return dev.unbindGuard();
}

export function parentIdOf(dev: AuxDevice): number {
  using guard = sectionOf(dev, 'id')!; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.id;
}
