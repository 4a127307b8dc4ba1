// A PCI modem puts its SAFETY comment above the call of a safe same-file helper, while the unsafe call inside the helper has none.
import type { device, pci } from '@bindsafe/kernel';

function logBound(handle: device.Device, message: string): void {
  handle.unsafeAsBound().info(message); // expect: bindsafe/require-safety-comment
}

export const driver: pci.Driver<{ readonly handle: device.Device; readonly bar: pci.Bar }> = {
  name: 'held-modem-helper-comment',
  idTable: [{ vendor: 0x17cb, device: 0x0306 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), bar: pdev.iomapRegion(0, 'modem').access(pdev.asRef()) };
  },
  unbind(_pdev, data) {
    // SAFETY: the modem is still bound while its unbind runs. // expect: bindsafe/require-safety-comment
    logBound(data.handle, 'modem going down');
  },
};
