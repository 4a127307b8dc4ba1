// A link watcher subscribes, through a helper module, a listener that reads the bound parent on each event. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { emit, watchParent } from './watch.js';

export function startLinkWatch(dev: GpuDevice): boolean {
  const started = dev.withUnbindGuard((parent) => {
    watchParent(parent); // expect: bindsafe/no-leaked-unbind-guard
    return true;
  });
  emit('link');
  return started ?? false;
}
