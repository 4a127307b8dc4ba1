// A stored arrow run by a timer drops its probe child only when the name matches. [class 1, 7]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

export const ledDriver: pci.Driver<{ readonly leds: number }> = {
  name: 'led-ctl',
  idTable: [{ vendor: 0x1af4, device: 0x10f1 }],
  probe(pdev) {
    const handle: device.Device = pdev.asRef().toNormal();
    const blinkTest = (): void => {
      // SAFETY: blink tests are run right after probe, before the driver can be unbound.
      const bound = handle.unsafeAsBound();
      const blink = auxiliary.Registration.new(bound, 'blink', 0, 'leds'); // expect: bindsafe/no-leaked-registration
      if (blink.name.endsWith('.0')) void blink.drop();
    };
    setTimeout(blinkTest, 1);
    return { leds: 3 };
  },
};
