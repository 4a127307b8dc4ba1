// [class 2] A PCI capture driver passes its Bar to a helper that records only the size number in a module list.
import type { pci } from '@bindsafe/kernel';

const sizes: number[] = [];

const recordSize = (bar: pci.Bar): number => {
  const size = bar.size;
  sizes.push(size);
  return size;
};

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly size: number }> = {
  name: 'held9-capture-size',
  idTable: [{ vendor: 0x1cd7, device: 0x0020 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'cap').access(pdev.asRef());
    return { bar, size: recordSize(bar) };
  },
};
