// A platform pin controller stores each bank's registers through an access path into a bank table its driver data owns. [class 6]
import type { platform } from '@bindsafe/kernel';

interface PinBank {
  name: string;
  io: platform.IoMem | null;
}

interface PinData {
  readonly banks: PinBank[];
}

export const pin_driver: platform.Driver<PinData> = {
  name: 'pinctrl',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const data: PinData = { banks: [{ name: 'A', io: null }, { name: 'B', io: null }] };
    for (let i = 0; i < data.banks.length; i++) {
      data.banks[i]!.io = pdev.iomapResource(i).access(pdev.asRef());
    }
    return data;
  },
};
