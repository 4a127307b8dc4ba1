// A USB hub driver registers port children through another module and keeps only their names. [class 4]
import type { platform } from '@bindsafe/kernel';
import { registerPorts } from './ports.js';

interface HubData {
  readonly portNames: readonly string[];
}

export const hubDriver: platform.Driver<HubData> = {
  name: 'held8-hub',
  idTable: [{ compatible: 'acme,usb-hub' }],
  probe(pdev) {
    const ports = registerPorts(pdev.asRef(), ['p1', 'p2', 'p3']); // expect: bindsafe/no-leaked-registration
    return { portNames: [...ports.keys()] };
  },
};
