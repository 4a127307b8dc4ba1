// The same NIC destructor, with the binding assumption justified over two comment lines. [class 1]
import type { devres, pci } from '@bindsafe/kernel';

export class NicData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound, so the
    // device is still bound while this destructor runs.
    const bound = this.pdev.asRef().unsafeAsBound();
    this.regs.access(bound).write32(0, 0x40);
    bound.info('doorbell off');
  }
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'heldnic',
  idTable: [{ vendor: 0x8086, device: 0x10d3 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    return new NicData(pdev.toNormal(), pdev.iomapRegion(0, 'heldnic'));
  },
};
