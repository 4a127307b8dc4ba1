// A PCI framebuffer uses an overloaded helper `stash` that adds a Bar or a label to a module-level Set.
import type { pci } from '@bindsafe/kernel';

const shelf = new Set<pci.Bar | string>();

function stash(value: pci.Bar): void;
function stash(value: string): void;
function stash(value: pci.Bar | string): void {
  shelf.add(value);
}

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held9-fb-overload',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'vram').access(pdev.asRef());
    stash(pdev.name);
    stash(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
