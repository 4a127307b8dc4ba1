// A crypto engine's unbind passes its data to an imported helper that only reads it and mutates copies.
import type { pci } from '@bindsafe/kernel';
import { report, type EngineState } from './report.js';

export const driver: pci.Driver<EngineState> = {
  name: 'held6-dm-l4-report',
  idTable: [{ vendor: 0x1022, device: 0x1649 }],
  probe() {
    return { algs: ['sha256', 'aes-gcm'], queued: new Set<number>() };
  },
  unbind(_pdev, data) {
    console.info(report(data));
  },
};
