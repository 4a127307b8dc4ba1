// An audio DSP returns, by a conditional expression, data with its child or (compact mode) data without it and no drop. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface AdspInfo {
  readonly compact: boolean;
}

interface AdspData {
  readonly mixer?: auxiliary.Registration;
  readonly streams: number;
}

export const adspDriver: pci.Driver<AdspData, AdspInfo> = {
  name: 'held9-adsp',
  idTable: [{ vendor: 0x8086, device: 0x51c8, info: { compact: true } }],
  probe(pdev, info) {
    const mixer = auxiliary.Registration.new(pdev.asRef(), 'mixer', 0, 'held9_adsp'); // expect: bindsafe/no-leaked-registration
    return info?.compact ? { streams: 2 } : { mixer, streams: 8 };
  },
};
