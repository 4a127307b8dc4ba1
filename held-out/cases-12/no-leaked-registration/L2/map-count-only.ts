// A PCI crypto card maps each queue pair to a child registration and keeps only how many it made. [class 4, class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface CryptoCard {
  readonly queuePairs: number;
}

export const cryptoCardDriver: pci.Driver<CryptoCard> = {
  name: 'ccp-lite',
  idTable: [{ vendor: 0x1022, device: 0x1456 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    const pairs = Array.from({ length: 4 }, (_, qp) => qp);
    const children = pairs.map((qp) =>
      auxiliary.Registration.new(pdev.asRef(), `qp${qp}`, qp, 'ccp_lite'), // expect: bindsafe/no-leaked-registration
    );
    return { queuePairs: children.length };
  },
};
