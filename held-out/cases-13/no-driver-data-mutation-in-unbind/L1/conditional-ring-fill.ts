// A PCI NIC picks the ring to scrub with ?? and a conditional, then zero-fills the chosen ring's slot array [class 6]
import type { devres, pci } from '@bindsafe/kernel';

type Ring = { head: number; tail: number; readonly slots: number[] };

interface NicData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly rx: Ring;
  readonly tx: Ring;
  readonly override: Ring | undefined;
  readonly direction: 'rx' | 'tx';
}

const mkRing = (n: number): Ring => ({ head: 0, tail: 0, slots: Array.from({ length: n }, () => 0) });

export const scrubNic: pci.Driver<NicData> = {
  name: 'scrub-nic',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(0, 'scrub-nic'), rx: mkRing(512), tx: mkRing(256), override: undefined, direction: 'rx' };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x38);
    const ring = data.override ?? (data.direction === 'rx' ? data.rx : data.tx);
    ring.slots.fill(0); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
