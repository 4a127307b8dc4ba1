// A PCI NVMe-like controller walks its namespaces with a generator, makes one child per namespace through Array.from's mapper and keeps the Set in its data. [class 4, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

function* namespaces(count: number): Generator<number> {
  for (let nsid = 1; nsid <= count; nsid++) yield nsid;
}

interface Nvme {
  readonly namespaces: number;
  readonly live: Set<auxiliary.Registration>;
}

export const nvmeDriver: pci.Driver<Nvme> = {
  name: 'nvme-lite',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const live = new Set(
      Array.from(namespaces(pdev.revision % 4), (nsid) => auxiliary.Registration.new(pdev.asRef(), `ns${nsid}`, nsid, 'nvme_lite')),
    );
    return { namespaces: live.size, live };
  },
};
