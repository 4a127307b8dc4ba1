// An Ethernet driver calls a helper from another module that makes a debug child, and drops the result on the floor.
import type { pci } from '@bindsafe/kernel';
import { spawnDebugChild } from './children/debug.js';

interface EthData {
  readonly mtu: number;
}

export const ethDriver: pci.Driver<EthData> = {
  name: 'held8-eth',
  idTable: [{ vendor: 0x8086, device: 0x15f3 }],
  probe(pdev) {
    spawnDebugChild(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { mtu: 1500 };
  },
};
