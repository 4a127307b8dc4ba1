// An NVMe controller calls an imported diagnostics helper that drops its child only when not told to keep it. [class 1]
import type { pci } from '@bindsafe/kernel';
import { runDiagnostics } from './probe-child.js';

interface NvmeInfo {
  readonly debug: boolean;
}

interface NvmeData {
  readonly verdict: string;
}

export const nvmeDriver: pci.Driver<NvmeData, NvmeInfo> = {
  name: 'held9-nvme',
  idTable: [{ vendor: 0x144d, device: 0xa808, info: { debug: false } }],
  probe(pdev, info) {
    const verdict = runDiagnostics(pdev.asRef(), { keepOnFailure: info?.debug }); // expect: bindsafe/no-leaked-registration
    return { verdict };
  },
};
