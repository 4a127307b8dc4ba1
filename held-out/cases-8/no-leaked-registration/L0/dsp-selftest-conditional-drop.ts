// A DSP drops its firmware-loader child only when a self-test is configured; otherwise nothing keeps it. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface DspInfo {
  readonly selfTest: boolean;
}

interface DspData {
  readonly cores: number;
}

export const dspDriver: pci.Driver<DspData, DspInfo> = {
  name: 'held8-dsp',
  idTable: [{ vendor: 0x1022, device: 0x15e2, info: { selfTest: true } }],
  probe(pdev, info) {
    const loader = auxiliary.Registration.new(pdev.asRef(), 'fw-loader', 0, 'held8_dsp'); // expect: bindsafe/no-leaked-registration
    if (info?.selfTest) {
      void loader.drop();
    }
    return { cores: 4 };
  },
};
