// A forEach callback pushes lane children into a list probe created and returns. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const serdesDriver: pci.Driver<{ readonly lanes: auxiliary.Registration[] }, { lanes: number }> = {
  name: 'serdes',
  idTable: [{ vendor: 0x1d0f, device: 0x0ec2, info: { lanes: 4 } }],
  probe(pdev, info) {
    const lanes: auxiliary.Registration[] = [];
    Array.from({ length: info?.lanes ?? 1 }, (_, i) => i).forEach((lane) =>
      lanes.push(auxiliary.Registration.new(pdev.asRef(), 'lane', lane, 'serdes')),
    );
    return { lanes };
  },
};
