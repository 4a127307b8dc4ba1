// A vblank handler calls unbindGuard() for its side effect, as the C driver called drm_dev_enter().
import type { drm } from '@bindsafe/kernel';
import type { AuxDevice, AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function onVblank(dev: AuxDevice, counts: Map<string, number>): void {
  dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  counts.set(dev.name, (counts.get(dev.name) ?? 0) + 1);
}
