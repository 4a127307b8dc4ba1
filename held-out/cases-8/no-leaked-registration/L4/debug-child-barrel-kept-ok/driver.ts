// An Ethernet driver gets a debug child from a helper re-exported by a barrel and keeps it in its data.
import type { auxiliary, pci } from '@bindsafe/kernel';
import { spawnDebugChild } from './children/index.js';

interface EthData {
  readonly mtu: number;
  readonly debug: auxiliary.Registration;
}

export const ethDriver: pci.Driver<EthData> = {
  name: 'held8-eth2',
  idTable: [{ vendor: 0x8086, device: 0x15f4 }],
  probe(pdev) {
    return { mtu: 9000, debug: spawnDebugChild(pdev.asRef(), 1) };
  },
};
