// Wraps the Bar in an entry and hands it to the sink.
import type { pci } from '@bindsafe/kernel';
import { sink } from './sink.js';

export function publish(name: string, bar: pci.Bar): void {
  sink({ name, bar, at: Date.now() });
}
