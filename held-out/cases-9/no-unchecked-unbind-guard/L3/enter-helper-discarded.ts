// A same-file helper returns unbindGuard()'s result; the resume path calls it for its side effect only.
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

function enterSection(dev: AuxDevice): drm.UnbindGuard<AuxDrm> | undefined {
  return dev.unbindGuard();
}

export function resume(dev: AuxDevice, log: string[]): void {
  log.push(`resume ${dev.name}`);
  enterSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
}
