// A PCI RAID card scans disks in a labelled loop and calls its class's @unsafe method with a SAFETY comment in the loop body.
import type { pci } from '@bindsafe/kernel';

class DiskTable {
  constructor(private readonly bar: pci.Bar) {}

  /**
   * Reads a slot's signature without taking the mailbox lock.
   *
   * @unsafe The caller must be the only user of the mailbox (probe time).
   */
  peekSignature(slot: number, word: number): number {
    return this.bar.read32(0x1000 + slot * 0x20 + word * 4);
  }

  scan(slots: number): number[] {
    const found: number[] = [];
    nextSlot: for (let slot = 0; slot < slots; slot++) {
      for (let word = 0; word < 2; word++) {
        // SAFETY: scan() runs only from probe, before the mailbox is shared with anyone.
        if (this.peekSignature(slot, word) === 0) continue nextSlot;
      }
      found.push(slot);
    }
    return found;
  }
}

export const driver: pci.Driver<{ readonly table: DiskTable; readonly disks: readonly number[] }> = {
  name: 'held-raid-labelled',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const table = new DiskTable(pdev.iomapRegion(0, 'raid').access(pdev.asRef()));
    return { table, disks: table.scan(8) };
  },
};
