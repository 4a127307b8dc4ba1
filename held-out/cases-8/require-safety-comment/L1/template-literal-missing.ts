// A PCI serial card logs its bound name in a template literal without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal>; readonly baud: number }> = {
  name: 'held8-serial-template',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), baud: 115_200 };
  },
  unbind(_pdev, data) {
    data.handle.info(`serial: ${data.handle.unsafeAsBound().name} closed at ${data.baud}`); // expect: bindsafe/require-safety-comment
  },
};
