// A PCI test card builds a local list of BAR reads in probe and drops it.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-test-local',
  idTable: [{ vendor: 0x1af4, device: 0x1057 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-test-local').access(pdev.asRef());
    const samples: number[] = [];
    do {
      samples.push(bar.read16(samples.length * 2));
    } while (samples.length < 4);
    if (samples.every((s) => s === 0xffff)) throw new Error('dead card');
    return { bar };
  },
};
