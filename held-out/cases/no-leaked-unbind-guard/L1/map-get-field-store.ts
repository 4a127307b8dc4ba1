// A store through map.get(k)!.field puts the parent into a module-level session object. [class 6]
import type { pci } from '@bindsafe/kernel';
import type { GpuDevice } from '../../_shared/gpu-drm.js';

interface Session {
  parent?: pci.Device;
  opened: number;
}
const sessions = new Map<string, Session>();

export function bindSession(dev: GpuDevice): void {
  if (!sessions.has(dev.name)) sessions.set(dev.name, { opened: 0 });
  using guard = dev.unbindGuard();
  if (!guard) return;
  sessions.get(dev.name)!.parent = guard.parent; // expect: bindsafe/no-leaked-unbind-guard
}
