// The driver calls an @unsafe function re-exported under another name; the SAFETY comment is inside the `else` branch, above the call.
import type { devres, pci } from '@bindsafe/kernel';
import { phyWrite } from './index.js';

export class PhyData implements Disposable {
  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
    readonly keepLink: boolean,
  ) {}

  [Symbol.dispose](): void {
    if (this.keepLink) {
      this.handle.asRef().info('leaving the PHY powered for wake-on-lan');
    } else {
      // SAFETY: the driver data is dropped during unbind, before the device is unbound.
      phyWrite(this.handle, this.regs, 0x00, 0x0800);
    }
  }
}

export const phyDriver: pci.Driver<PhyData, { readonly wol: boolean }> = {
  name: 'held-phy',
  idTable: [{ vendor: 0x10ec, device: 0x8168, info: { wol: true } }],
  probe(pdev, info) {
    return new PhyData(pdev.toNormal(), pdev.iomapRegion(2, 'held-phy'), info?.wol ?? false);
  },
};
