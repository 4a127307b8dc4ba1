// The error-capture store of a GPU driver: keeps bars for a post-mortem dump.
import type { pci } from '@bindsafe/kernel';

export const postMortem: pci.Bar[] = [];

export function keepForDump(bar: pci.Bar): void {
  postMortem.push(bar);
}
