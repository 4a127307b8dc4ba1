// A crypto accelerator keeps the engines an imported `flatMap` helper made, under a Map by cluster.
import type { auxiliary, pci } from '@bindsafe/kernel';
import { makeEngines, type ClusterSpec } from './engines.js';

const CLUSTERS: readonly ClusterSpec[] = [
  { id: 0, engines: ['aes', 'gcm'] },
  { id: 1, engines: ['sha'] },
];

interface SecData {
  readonly engines: Map<string, auxiliary.Registration[]>;
}

export const driver: pci.Driver<SecData> = {
  name: 'held6-sec',
  idTable: [{ vendor: 0x1957, device: 0x0c30 }],
  probe(pdev) {
    const engines = new Map<string, auxiliary.Registration[]>();
    engines.set('all', makeEngines(pdev.asRef(), CLUSTERS));
    return { engines };
  },
};
