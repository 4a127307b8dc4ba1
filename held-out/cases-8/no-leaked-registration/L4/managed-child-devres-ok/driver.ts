// A video processing unit gets devres-managed children from a helper in another module. [class 1]
import type { platform } from '@bindsafe/kernel';
import { spawnManagedChild } from './managed.js';

interface VpuData {
  readonly children: readonly string[];
}

export const vpuDriver: platform.Driver<VpuData> = {
  name: 'held8-vpu',
  idTable: [{ compatible: 'acme,vpu' }],
  probe(pdev) {
    const children = ['enc', 'dec'].map((name, i) => spawnManagedChild(pdev.asRef(), name, i));
    return { children };
  },
};
