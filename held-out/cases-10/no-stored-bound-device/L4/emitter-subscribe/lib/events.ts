import { EventEmitter } from 'node:events';
import type { device, pci } from '@bindsafe/kernel';
export const hub = new EventEmitter();
export function subscribe(b: pci.Bar): void {
  hub.on('scan', () => b.read32(0));
}
