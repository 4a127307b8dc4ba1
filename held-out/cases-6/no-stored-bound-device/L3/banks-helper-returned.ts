// A multi-bank GPIO driver maps its banks in a same-file helper that returns them to probe, which keeps them.
import type { device, platform } from '@bindsafe/kernel';

interface Bank {
  readonly io: platform.IoMem;
  readonly base: number;
}

function mapBanks(pdev: platform.Device<device.Core>, count: number): Bank[] {
  const banks: Bank[] = [];
  for (let i = 0; i < count; i++) {
    banks.push({ io: pdev.iomapResource(i).access(pdev.asRef()), base: i * 32 });
  }
  return banks;
}

export const driver: platform.Driver<{ readonly banks: Bank[] }> = {
  name: 'held-gpio-banks',
  idTable: [{ compatible: 'vendor,gpio-multi' }],
  probe(pdev) {
    return { banks: mapBanks(pdev, 3) };
  },
};
