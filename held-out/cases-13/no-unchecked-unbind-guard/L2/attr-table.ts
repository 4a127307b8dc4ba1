// A table of sysfs attribute handlers, written as methods of an object literal, asserts in one of them. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type AttrName = 'vendor' | 'revision' | 'label';
type Attr = (dev: GpuDevice) => string;

export const attrs = {
  vendor(dev) {
    using guard = dev.unbindGuard()!; // expect: bindsafe/no-unchecked-unbind-guard
    return guard.parent.vendorId.toString(16);
  },
  revision(dev) {
    return dev.withUnbindGuard((parent) => String(parent.revision)) ?? 'unplugged';
  },
  label(dev) {
    return dev.data.label;
  },
} satisfies Record<AttrName, Attr>;
