// A NIC attaches its port children through a barrel whose helper creates them in a forEach and keeps none. [class 7]
import type { pci } from '@bindsafe/kernel';
import { PORT_TABLE, attachAll } from './ports/index.js';

interface NicData {
  readonly enabledPorts: number;
}

export const nicDriver: pci.Driver<NicData> = {
  name: 'nic-ports',
  idTable: [{ vendor: 0x15b3, device: 0x101e }],
  probe(pdev) {
    const enabledPorts = attachAll(pdev.asRef(), PORT_TABLE); // expect: bindsafe/no-leaked-registration
    return { enabledPorts };
  },
};
