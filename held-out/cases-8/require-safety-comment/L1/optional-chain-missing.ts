// A PCI backup controller re-binds an optional spare handle through ?. without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface BackupData {
  readonly handle: device.Device<device.Normal>;
  readonly spare: device.Device<device.Normal> | undefined;
}

export const driver: pci.Driver<BackupData> = {
  name: 'held8-backup-optional',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev, info) {
    const handle = pdev.asRef().toNormal();
    return { handle, spare: pdev.revision > 1 ? handle : undefined };
  },
  unbind(_pdev, data) {
    const spareName = data.spare?.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
    data.handle.info(`backup: spare ${spareName ?? 'none'}`);
  },
};
