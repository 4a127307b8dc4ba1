// A module subscribes to hotplug events and logs the registered device's name from a normal handle.
import type { drm } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';
import type { AuxDrm } from '../../../cases/_shared/aux-drm.js';

export function watch(reg: drm.Registration<AuxDrm>, sink: string[]): () => void {
  const handle = reg.device().toNormal();
  const onReset = (): void => {
    sink.push(`reset seen on ${handle.name}`);
  };
  hotplugEvents.on('reset', onReset);
  return () => hotplugEvents.off('reset', onReset);
}
