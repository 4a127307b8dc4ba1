// A recursive helper accumulates children into an array that probe returns in the data. [class 4] [class 7]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function build(dev: device.Device<device.Bound>, n: number, acc: auxiliary.Registration[] = []): auxiliary.Registration[] {
  if (n === 0) return acc;
  acc.push(auxiliary.Registration.new(dev, `held2-ch${n}`, n, 'held2_core'));
  return build(dev, n - 1, acc);
}

export const driver: pci.Driver<{ readonly channels: auxiliary.Registration[] }> = {
  name: 'held2-nlr-recursive',
  idTable: [{ vendor: 0x8086, device: 0x5031 }],
  probe(pdev) {
    return { channels: build(pdev.asRef(), 3) };
  },
};
