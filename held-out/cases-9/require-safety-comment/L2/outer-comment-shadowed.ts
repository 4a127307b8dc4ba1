// A platform pinctrl driver has a SAFETY comment inside its forEach callback and another above the forEach: the outer one covers nothing.
import type { device, platform } from '@bindsafe/kernel';

interface PinData {
  readonly banks: readonly device.Device[];
}

export const pinDriver: platform.Driver<PinData> = {
  name: 'h9-pinctrl',
  idTable: [{ compatible: 'acme,pinctrl' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { banks: [handle, handle] };
  },
  unbind(pdev, data) {
    // SAFETY: every bank is the device being unbound. // expect: bindsafe/require-safety-comment
    data.banks.forEach((bank, i) => {
      // SAFETY: the bank handle is this device, bound until unbind returns.
      const dev = bank.unsafeAsBound();
      dev.info(`bank ${i} released`);
    });
    pdev.asRef().info('pinctrl down');
  },
};
