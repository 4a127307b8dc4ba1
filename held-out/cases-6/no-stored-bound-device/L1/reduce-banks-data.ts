// A pinctrl driver builds its data with reduce over its resource indexes; the IoMem list is owned by the data.
import type { platform } from '@bindsafe/kernel';

interface PinData {
  readonly banks: platform.IoMem[];
  readonly pins: number;
}

export const driver: platform.Driver<PinData> = {
  name: 'held-pinctrl',
  idTable: [{ compatible: 'vendor,pinctrl' }],
  probe(pdev) {
    const dev = pdev.asRef();
    return [0, 1, 2].reduce<PinData>(
      (acc, index) => {
        const bank = pdev.iomapResource(index).access(dev);
        return { banks: [...acc.banks, bank], pins: acc.pins + bank.read32(0x00) };
      },
      { banks: [], pins: 0 },
    );
  },
};
