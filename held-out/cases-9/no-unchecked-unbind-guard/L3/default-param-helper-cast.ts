// [class 8] A helper with a default device picks the guard; the caller casts the possibly-undefined result.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

const registry: AuxDevice[] = [];

export function addHead(dev: AuxDevice): void {
  registry.push(dev);
}

function guardFor(dev: AuxDevice | undefined = registry[0]): drm.UnbindGuard<AuxDrm> | undefined {
  return dev?.unbindGuard();
}

export function firstModname(): string {
  using guard = guardFor() as drm.UnbindGuard<AuxDrm>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.modname;
}
