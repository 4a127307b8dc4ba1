// Parts are spread and combined into the driver data, which owns them all. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly dev: pci.Device<device.Bound>;
  readonly bar: pci.Bar;
  readonly regs: devres.Devres<pci.Bar>;
  readonly tag: string;
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nsbd-spread',
  idTable: [{ vendor: 0x1af4, device: 0x1112 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-spread');
    const hw = { dev: pdev, bar: regs.access(pdev.asRef()) };
    const meta = { regs, tag: pdev.name };
    return { ...hw, ...meta } satisfies Data;
  },
};
