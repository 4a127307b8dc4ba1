// A link watcher subscribes, through a helper module, a listener told the parent's state read inside the section. [class 7]
import type { GpuDevice } from '../../../../cases/_shared/gpu-drm.js';
import { emit, watchLink } from './watch.js';

export function startLinkWatch(dev: GpuDevice): boolean {
  const started = dev.withUnbindGuard((parent) => {
    watchLink(parent.name, parent.busMaster);
    return true;
  });
  emit('link');
  return started ?? false;
}
