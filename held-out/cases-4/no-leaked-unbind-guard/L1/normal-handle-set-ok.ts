// A conditional keeps a `toNormal()` handle of the parent (or nothing) in a module Map of WeakRefs cleaned by a FinalizationRegistry: handles may be stored anywhere. [class 2]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const seenParents = new Map<string, WeakRef<pci.Device>>();
const forget = new FinalizationRegistry<string>((name) => seenParents.delete(name));

export function remember(dev: GpuDevice): boolean {
  using guard = dev.unbindGuard();
  const handle = guard ? guard.parent.toNormal() : undefined;
  if (handle === undefined) return false;
  const name = guard?.parent.name ?? dev.name;
  seenParents.set(name, new WeakRef(handle));
  forget.register(handle, name);
  return true;
}

export function seenNames(): string[] {
  return [...seenParents.entries()].filter(([, ref]) => ref.deref() !== undefined).map(([name]) => name);
}
