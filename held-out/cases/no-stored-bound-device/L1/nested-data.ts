// Bound values nested two levels deep inside the driver data. [class 4]
import type { device, devres, platform } from '@bindsafe/kernel';

interface Data {
  readonly hw: {
    readonly mem: platform.IoMem;
    readonly dev: device.Device<device.Bound>;
    readonly irqs: { readonly main: platform.IrqRegistration };
  };
  readonly res: devres.Devres<platform.IoMem>;
}

export const driver: platform.Driver<Data> = {
  name: 'held-l1-nested',
  idTable: [{ compatible: 'held,nested' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const mem = res.access(pdev.asRef());
    const main = pdev.requestIrq(0, 'held-nested', () => mem.write32(1, 0x8));
    return { hw: { mem, dev: pdev.asRef(), irqs: { main } }, res };
  },
};
