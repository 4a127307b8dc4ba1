// A USB hub driver registers port children through another module and keeps the Map in its data. [class 4]
import type { auxiliary, platform } from '@bindsafe/kernel';
import { registerPorts } from './ports.js';

interface HubData {
  readonly ports: ReadonlyMap<string, auxiliary.Registration>;
}

export const hubDriver: platform.Driver<HubData> = {
  name: 'held8-hub2',
  idTable: [{ compatible: 'acme,usb-hub-v2' }],
  probe(pdev) {
    const ports = registerPorts(pdev.asRef(), ['p1', 'p2']);
    return { ports };
  },
};
