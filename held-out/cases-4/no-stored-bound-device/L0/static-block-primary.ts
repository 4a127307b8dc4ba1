// The "primary adapter" is kept in a static class field (initialised in a static block): probe's device outlives probe. [class 8]
import type { device, pci } from '@bindsafe/kernel';

class Primary {
  static adapter: device.Device<device.Bound> | undefined;
  static probes: number;
  static {
    Primary.adapter = undefined;
    Primary.probes = 0;
  }
}

export const vgaDriver: pci.Driver<{ readonly name: string; readonly primary: boolean }> = {
  name: 'held-vga',
  idTable: [{ vendor: 0x1234, device: 0x1111 }],
  probe(pdev) {
    Primary.probes += 1;
    const primary = Primary.adapter === undefined;
    if (primary) Primary.adapter = pdev.asRef(); // expect: bindsafe/no-stored-bound-device
    pdev.asRef().info(primary ? 'primary VGA adapter' : 'secondary VGA adapter');
    return { name: pdev.name, primary };
  },
};
