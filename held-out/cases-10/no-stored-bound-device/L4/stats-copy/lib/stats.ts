import type { device, pci } from '@bindsafe/kernel';
const samples: number[] = [];
export function sample(b: pci.Bar): number {
  const v = b.read32(0);
  samples.push(v);
  return v;
}
