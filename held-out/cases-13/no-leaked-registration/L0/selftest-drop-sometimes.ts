// A child made for a self-test is dropped only when the self-test flag is set. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface NicInfo {
  readonly selfTest: boolean;
  readonly queues: number;
}

export const nicDriver: pci.Driver<{ readonly queues: number }, NicInfo> = {
  name: 'fastnic',
  idTable: [{ vendor: 0x15b3, device: 0x1017, info: { selfTest: false, queues: 8 } }],
  probe(pdev, info) {
    const { selfTest = true, queues = 1 } = info ?? {};
    const loopback = auxiliary.Registration.new(pdev.asRef(), 'loopback', 0, 'fastnic'); // expect: bindsafe/no-leaked-registration
    if (selfTest) {
      void loopback.drop();
    }
    return { queues };
  },
};
