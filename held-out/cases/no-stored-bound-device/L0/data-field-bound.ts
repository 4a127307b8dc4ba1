// The Device<Core> stored in a driver-data field declared Device<Bound>. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly pdev: pci.Device<device.Bound>;
  readonly regs: devres.Devres<pci.Bar>;
  readonly bar: pci.Bar;
}

export const driver: pci.Driver<Data> = {
  name: 'held-data-bound',
  idTable: [{ vendor: 0x1b36, device: 0x0010 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'held-data-bound');
    const bar = regs.access(pdev.asRef());
    return { pdev, regs, bar };
  },
  unbind(pdev, data) {
    data.bar.write32(0, 0x4);
    data.pdev.asRef().info(`unbinding ${pdev.name}`);
  },
};
