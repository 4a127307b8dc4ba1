// A PCI GPU picks its register window by revision with a conditional and keeps the choice in a module variable.
import type { pci } from '@bindsafe/kernel';

let activeWindow: pci.Bar | null = null;

export function activeSize(): number {
  return activeWindow?.size ?? 0;
}

export const driver: pci.Driver<{ readonly mmio: pci.Bar; readonly vram: pci.Bar }> = {
  name: 'held8-gpu-ternary',
  idTable: [{ vendor: 0x10de, device: 0x1eb8 }],
  probe(pdev) {
    const mmio = pdev.iomapRegion(0, 'mmio').access(pdev.asRef());
    const vram = pdev.iomapRegion(1, 'vram').access(pdev.asRef());
    activeWindow = pdev.revision > 0xa1 ? mmio : vram; // expect: bindsafe/no-stored-bound-device
    return { mmio, vram };
  },
};
