// A NIC keeps its PTP child in the driver data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly ptp: auxiliary.Registration;
}

export const drv1: pci.Driver<D> = {
  name: 'held10-c1',
  idTable: [{ vendor: 0x1af4, device: 0x1001 }],
  probe(pdev) {
    const ptp = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10');
    return { ptp };
  },
};
