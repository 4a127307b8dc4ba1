// [class 7] A hotplug listener on the shared bus pokes the device with a discarded guard.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export function watch(dev: AuxDevice): () => void {
  const onRescan = (): void => {
    void dev.unbindGuard(); // expect: bindsafe/no-unchecked-unbind-guard
  };
  hotplugEvents.on('rescan', onRescan);
  return () => hotplugEvents.off('rescan', onRescan);
}
