// An NVMe-like driver builds its driver data (bound device, Devres, Bar) in a factory from another module [class 4]
import type { pci } from '@bindsafe/kernel';
import { buildState, type NvmeState } from './state.js';

export const nvmeDriver: pci.Driver<NvmeState> = {
  name: 'nvme-lite-l4-ok',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const state = buildState(pdev);
    state.doorbell.write32(0, 0x1000);
    return state;
  },
};
