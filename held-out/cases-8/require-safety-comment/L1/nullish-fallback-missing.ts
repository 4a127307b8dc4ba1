// A PCI storage controller falls back to the bound name with ?? and no SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface StorageData {
  readonly handle: device.Device<device.Normal>;
  readonly alias?: string;
}

export const driver: pci.Driver<StorageData> = {
  name: 'held8-storage-nullish',
  idTable: [{ vendor: 0x1b4b, device: 0x9230 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    const shown = data.alias ?? data.handle.unsafeAsBound().name; // expect: bindsafe/require-safety-comment
    data.handle.info(`storage: parking ${shown}`);
  },
};
