// A DSP wraps its probe-time firmware child in a scratch holder from another module declared with `using`, whose dispose drops the child. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';
import { Scratch } from './scratch.js';

const PROBE_CHILD = { name: 'fw-probe', id: 0 } as const;

interface DspData {
  readonly firmware: string;
}

export const dspDriver: pci.Driver<DspData> = {
  name: 'dsp',
  idTable: [{ vendor: 0x8086, device: 0x7e29 }],
  probe(pdev) {
    using scratch = new Scratch(auxiliary.Registration.new(pdev.asRef(), PROBE_CHILD.name, PROBE_CHILD.id, 'dsp'));
    return { firmware: scratch.child.name };
  },
};
