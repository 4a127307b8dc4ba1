// A NIC makes its PTP child first, then returns early without it when the clock is absent (owned on one path only). [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface NicInfo {
  readonly hasClock: boolean;
}

interface NicData {
  readonly ptp?: auxiliary.Registration;
  readonly queues: number;
}

export const nicDriver: pci.Driver<NicData, NicInfo> = {
  name: 'held9-nic',
  idTable: [{ vendor: 0x14e4, device: 0x16d7, info: { hasClock: false } }],
  probe(pdev, info) {
    const ptp = auxiliary.Registration.new(pdev.asRef(), 'ptp', 0, 'held9_nic'); // expect: bindsafe/no-leaked-registration
    if (!info?.hasClock) {
      return { queues: 8 };
    }
    return { ptp, queues: 8 };
  },
};
