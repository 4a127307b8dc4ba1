import type { pci } from '@bindsafe/kernel';

const byLabel = new Map<string, pci.Bar>();

export default function track(label: string, bar: pci.Bar): number {
  byLabel.set(label, bar);
  return byLabel.size;
}

export const tracked = (): readonly string[] => [...byLabel.keys()];
