// A PWM driver hands its Bar to a module status object through a setter that writes module state.
import type { pci } from '@bindsafe/kernel';

let activeWindow: pci.Bar | undefined;

const status = {
  get window(): pci.Bar | undefined {
    return activeWindow;
  },
  set window(bar: pci.Bar | undefined) {
    activeWindow = bar;
  },
};

export const driver: pci.Driver<{ readonly channels: number }> = {
  name: 'held-pwm',
  idTable: [{ vendor: 0x1b36, device: 0x0042 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'pwm').access(pdev.asRef());
    status.window = bar; // expect: bindsafe/no-stored-bound-device
    return { channels: bar.read32(0x00) & 0xf };
  },
};
