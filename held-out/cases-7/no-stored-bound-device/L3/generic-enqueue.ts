// A PCI capture card hands its Bar to a generic same-file helper that pushes into whatever queue it is given: a module queue.
import type { pci } from '@bindsafe/kernel';

function enqueue<T>(queue: T[], item: T, limit = 16): boolean {
  if (queue.length >= limit) return false;
  queue.push(item);
  return true;
}

const pendingStart: pci.Bar[] = [];

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-capture-enqueue',
  idTable: [{ vendor: 0x1cd7, device: 0x0010 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'capture').access(pdev.asRef());
    if (!enqueue(pendingStart, bar)) { // expect: bindsafe/no-stored-bound-device
      bar.write32(1, 0x00);
    }
    return { bar };
  },
};
