// A generic vendor query casts an alias of the result to the guard type of its driver. [class 8]
import type { drm } from '@bindsafe/kernel';

export function vendorOf<D extends drm.Driver<unknown, unknown, unknown, 'pci'>>(dev: drm.Device<D>): number {
  using raw = dev.unbindGuard();
  const guard = raw as drm.UnbindGuard<D>; // expect: bindsafe/no-unchecked-unbind-guard
  return guard.parent.vendorId;
}
