// Inside a `some` callback the child is made and discarded. [class 4] [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const ports = ['a', 'b', 'c'];

export const driver: pci.Driver<{ readonly stoppedEarly: boolean }> = {
  name: 'held2-nlr-some',
  idTable: [{ vendor: 0x8086, device: 0x5021 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const stoppedEarly = ports.some((p, i) => {
      auxiliary.Registration.new(dev, `held2-port-${p}`, i, 'held2_hub'); // expect: bindsafe/no-leaked-registration
      return i >= pdev.revision;
    });
    return { stoppedEarly };
  },
};
