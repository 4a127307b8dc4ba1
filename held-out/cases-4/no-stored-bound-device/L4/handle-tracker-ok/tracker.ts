// A module-level tracker of devices: Normal handles in a Set and WeakRefs to their Devres containers.
import type { device, devres, pci } from '@bindsafe/kernel';

const live = new Set<device.Device>();
const regsOf = new Map<string, WeakRef<devres.Devres<pci.Bar>>>();

export function track(handle: device.Device, regs: devres.Devres<pci.Bar>): void {
  live.add(handle);
  regsOf.set(handle.name, new WeakRef(regs));
}

export function untrack(name: string): void {
  for (const handle of live) if (handle.name === name) live.delete(handle);
  regsOf.delete(name);
}

export function status(name: string): number | undefined {
  return regsOf.get(name)?.deref()?.tryAccessWith((bar) => bar.read32(0x04));
}
