// A PCI NVMe-like controller walks its namespaces with a generator, makes one child per namespace through Array.from's mapper and keeps them in a local Set. [class 4, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

function* namespaces(count: number): Generator<number> {
  for (let nsid = 1; nsid <= count; nsid++) yield nsid;
}

export const nvmeDriver: pci.Driver<{ readonly namespaces: number }> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const live = new Set(
      Array.from(namespaces(pdev.revision % 4), (nsid) => auxiliary.Registration.new(pdev.asRef(), `ns${nsid}`, nsid, 'nvme_lite')), // expect: bindsafe/no-leaked-registration
    );
    return { namespaces: live.size };
  },
};
