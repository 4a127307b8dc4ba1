// The attribute table's handlers all handle the unplugged case (a type predicate, ?., withUnbindGuard). [class 7]
import type { drm } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type AttrName = 'vendor' | 'revision' | 'label';
type Attr = (dev: GpuDevice) => string;

const isGone = <D extends drm.AnyDriver>(g: drm.UnbindGuard<D> | undefined): g is undefined => g === undefined;

export const attrs = {
  vendor(dev) {
    using guard = dev.unbindGuard();
    if (isGone(guard)) return 'unplugged';
    return guard.parent.vendorId.toString(16);
  },
  revision(dev) {
    return dev.withUnbindGuard((parent) => String(parent.revision)) ?? 'unplugged';
  },
  label(dev) {
    using guard = dev.unbindGuard();
    return guard?.parent.name ?? dev.data.label;
  },
} satisfies Record<AttrName, Attr>;
