// A revision query caches, in a module `Map`, the reader another module builds over the guard's parent: the reader outlives the section. [class 3]
import type { drm } from '@bindsafe/kernel';
import type { GpuDrm } from '../../../../cases/_shared/gpu-drm.js';
import { makeReader, type RevisionReader } from './readers.js';

const readers = new Map<string, RevisionReader>();

export function revisionOf(dev: drm.Device<GpuDrm>): number | undefined {
  const cached = readers.get(dev.name);
  if (cached) return cached.read();
  using guard = dev.unbindGuard();
  if (!guard) return undefined;
  readers.set(dev.name, makeReader(guard.parent)); // expect: bindsafe/no-leaked-unbind-guard
  return readers.get(dev.name)?.read();
}
