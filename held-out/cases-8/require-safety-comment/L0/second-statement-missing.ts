// A PCI RAID card's SAFETY comment covers the first of two unsafeAsBound() statements; the second has none.
import type { device, pci } from '@bindsafe/kernel';

interface RaidData {
  readonly primary: device.Device<device.Normal>;
  readonly mirror: device.Device<device.Normal>;
}

export const driver: pci.Driver<RaidData> = {
  name: 'held8-raid-second',
  idTable: [{ vendor: 0x9005, device: 0x028d }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { primary: handle, mirror: handle };
  },
  unbind(_pdev, data) {
    // SAFETY: both handles name this device, which is bound until unbind returns.
    const first = data.primary.unsafeAsBound();
    const second = data.mirror.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    first.info(`raid: flush ${second.name}`);
  },
};
