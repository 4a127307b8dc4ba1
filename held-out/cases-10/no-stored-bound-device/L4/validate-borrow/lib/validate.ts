import type { device, pci } from '@bindsafe/kernel';
export class ProbeError extends Error {
  constructor(readonly code: number) {
    super(`probe failed: ${code}`);
  }
}
export function validate(b: pci.Bar): void {
  const id = b.read32(0);
  if (id === 0xffffffff) throw new ProbeError(id);
}
