// A switch on the id-table mode keeps the callback's Device<Core> in a module `let` on one arm.
import type { device, pci } from '@bindsafe/kernel';

type Mode = 'primary' | 'secondary' | 'disabled';

let primary: device.Device<device.Core> | undefined;

export const dualDriver: pci.Driver<{ readonly mode: Mode }, Mode> = {
  name: 'held-dual',
  idTable: [
    { vendor: 0x8086, device: 0x1000, info: 'primary' },
    { vendor: 0x8086, device: 0x1001, info: 'secondary' },
  ],
  probe(pdev, info) {
    const mode = info ?? 'disabled';
    switch (mode) {
      case 'primary':
        pdev.enableDeviceMem();
        primary = pdev.asRef(); // expect: bindsafe/no-stored-bound-device
        break;
      case 'secondary':
        pdev.asRef().info('secondary function');
        break;
      case 'disabled':
        throw new Error('no mode');
    }
    return { mode };
  },
};
