// A PCI multi-function card's SAFETY comment above a statement covers the unsafe call inside a concise map arrow written there.
import type { device, pci } from '@bindsafe/kernel';

interface CardData {
  readonly functions: readonly device.Device[];
}

export const cardDriver: pci.Driver<CardData> = {
  name: 'h9-mfd',
  idTable: [{ vendor: 0x1b36, device: 0x0010 }],
  probe(pdev) {
    return { functions: [pdev.asRef().toNormal()] };
  },
  unbind(pdev, data) {
    // SAFETY: each function handle is this device, which stays bound while unbind runs.
    const names = data.functions.map((fn) => fn.unsafeAsBound().name);
    pdev.asRef().info(`functions: ${names.join(',')}`);
  },
};
