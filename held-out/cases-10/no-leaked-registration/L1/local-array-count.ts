// Children kept in a local array; only the count is returned. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly count: number;
}

export const drv17: pci.Driver<D> = {
  name: 'held10-c17',
  idTable: [{ vendor: 0x1af4, device: 0x1011 }],
  probe(pdev) {
    const regs: auxiliary.Registration[] = [];
    for (const id of [0, 1]) {
      regs.push(auxiliary.Registration.new(pdev.asRef(), 'port', id, 'held10')); // expect: bindsafe/no-leaked-registration
    }
    return { count: regs.length };
  },
};
