// Helper module: a module-level EventEmitter for hotplug notifications and a subscribe helper.
import { EventEmitter } from 'node:events';
import type { pci } from '@bindsafe/kernel';

export const hotplug = new EventEmitter();

export function onSurprise(bar: pci.Bar, register: number): void {
  hotplug.on('surprise-removal', () => bar.write32(0, register));
}
