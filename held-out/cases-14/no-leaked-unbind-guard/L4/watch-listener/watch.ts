import type { device, pci } from '@bindsafe/kernel';

type Listener = () => void;
const listeners = new Map<string, Listener[]>();

export function on(event: string, listener: Listener): void {
  const list = listeners.get(event) ?? [];
  list.push(listener);
  listeners.set(event, list);
}

export function emit(event: string): void {
  for (const listener of listeners.get(event) ?? []) listener();
}

/** Logs the parent's link state on every "link" event. */
export function watchParent(parent: pci.Device<device.Bound>): void {
  on('link', () => console.log(`${parent.name}: master=${String(parent.busMaster)}`));
}
