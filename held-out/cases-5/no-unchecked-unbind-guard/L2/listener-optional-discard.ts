// A hotplug-bus listener pokes the module's "active" GPU with `active?.unbindGuard();`, discarding the section it opens. [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../cases/_shared/gpu-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

let active: drm.Device<GpuDrm> | undefined;
let pokes = 0;

export function setActive(dev: drm.Device<GpuDrm> | undefined): void {
  active = dev;
}

export function pokeCount(): number {
  return pokes;
}

hotplugEvents.on('poke', () => {
  active?.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  pokes++;
});
