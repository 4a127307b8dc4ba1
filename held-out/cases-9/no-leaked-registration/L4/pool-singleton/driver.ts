// An accelerator card asks a module-level singleton pool in another module to adopt its spare child.
import type { pci } from '@bindsafe/kernel';
import { pool } from './pool.js';

interface AccelData {
  readonly spareIndex: number;
}

export const accelDriver: pci.Driver<AccelData> = {
  name: 'held9-accel',
  idTable: [{ vendor: 0x1e52, device: 0x0001 }],
  probe(pdev) {
    const spareIndex = pool.adopt(pdev.asRef(), 'spare'); // expect: bindsafe/no-leaked-registration
    return { spareIndex };
  },
};
