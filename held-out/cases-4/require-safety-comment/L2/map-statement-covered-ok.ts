// One SAFETY comment above the statement that writes a block-bodied map callback covers the unsafe call inside it.
import type { devres, pci } from '@bindsafe/kernel';

export class MultiBarData implements Disposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: readonly devres.Devres<pci.Bar>[],
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the driver data is dropped during unbind, before the device is unbound.
    const last = this.regs.map((regs) => {
      const bar = regs.access(this.handle.asRef().unsafeAsBound());
      bar.write32(0, 0x00);
      return bar.read32(0x04);
    });
    this.handle.asRef().info(`bars quiesced: ${last.join(', ')}`);
  }
}

export const multiDriver: pci.Driver<MultiBarData> = {
  name: 'held-multibar',
  idTable: [{ vendor: 0x1c5c, device: 0x1327 }],
  probe(pdev) {
    return new MultiBarData(pdev.toNormal(), [pdev.iomapRegion(0, 'held-multi0'), pdev.iomapRegion(2, 'held-multi2')]);
  },
};
