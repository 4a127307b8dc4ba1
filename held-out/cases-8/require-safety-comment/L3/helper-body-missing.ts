// A PCI sound DSP's safe helper calls unsafeAsBound() in its body without a SAFETY comment: reported inside the helper.
import type { device, pci } from '@bindsafe/kernel';

function announce(handle: device.Device<device.Normal>, what: string): void {
  const bound = handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
  bound.info(`dsp: ${what}`);
}

export const driver: pci.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held8-dsp-helper-body',
  idTable: [{ vendor: 0x8086, device: 0x9dc8 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    announce(data.handle, 'firmware unloaded');
  },
};
