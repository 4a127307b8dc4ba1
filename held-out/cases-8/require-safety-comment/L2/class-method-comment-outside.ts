// A PCI LED controller's SAFETY comment sits above a class method declaration; a method is no callback, so its body call is uncovered.
import type { device, pci } from '@bindsafe/kernel';

class LedBank {
  constructor(private readonly handle: device.Device<device.Normal>) {}

  // SAFETY: only called while the controller is bound. // expect: bindsafe/require-safety-comment
  blink(times: number): void {
    const bound = this.handle.unsafeAsBound(); // expect: bindsafe/require-safety-comment
    for (let n = 0; n < times; n++) bound.info(`led: blink ${n}`);
  }
}

export const driver: pci.Driver<{ readonly leds: LedBank }> = {
  name: 'held8-led-method',
  idTable: [{ vendor: 0x1af4, device: 0x10f0 }],
  probe(pdev) {
    return { leds: new LedBank(pdev.asRef().toNormal()) };
  },
};
