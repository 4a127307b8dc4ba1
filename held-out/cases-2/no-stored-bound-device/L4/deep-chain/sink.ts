// The telemetry sink: a module-level list of entries.
import type { pci } from '@bindsafe/kernel';

export interface Entry {
  readonly name: string;
  readonly bar: pci.Bar;
  readonly at: number;
}

const entries: Entry[] = [];

export function sink(entry: Entry): void {
  entries.push(entry);
}
