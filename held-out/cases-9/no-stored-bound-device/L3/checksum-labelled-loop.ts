// A PCI option-ROM reader checksums its Bar in a helper with a labelled loop, using it only during the call.
import type { pci } from '@bindsafe/kernel';

function romChecksum(bar: pci.Bar, words: number): number {
  let sum = 0;
  scan: for (let block = 0; block < words; block += 16) {
    for (let i = 0; i < 16; i++) {
      const word = bar.read32((block + i) * 4);
      if (word === 0xffffffff) break scan;
      sum = (sum + word) >>> 0;
    }
  }
  return sum;
}

export const driver: pci.Driver<{ readonly rom: pci.Bar; readonly sum: number }> = {
  name: 'held9-rom-checksum',
  idTable: [{ vendor: 0x10b5, device: 0x9054 }],
  probe(pdev) {
    const rom = pdev.iomapRegion(6, 'rom').access(pdev.asRef());
    return { rom, sum: romChecksum(rom, 256) };
  },
};
