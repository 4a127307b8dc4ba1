// A suspend hook calls a barrel-exported helper that returns unbindGuard()'s result and ignores it.
import type { AuxDevice } from '../../../../cases/_shared/aux-drm.js';
import { openSection } from './section/index.js';

export function onSuspend(dev: AuxDevice, reason: string): string {
  openSection(dev); // expect: bindsafe/no-unchecked-unbind-guard
  return `${dev.name} suspended: ${reason}`;
}
