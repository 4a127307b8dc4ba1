// An HDMI/DP encoder builds a `ReadonlyMap` from an array of tuples holding both output children and keeps it.
import { auxiliary, type pci } from '@bindsafe/kernel';

type Output = 'hdmi' | 'dp';

interface EncoderData {
  readonly outputs: ReadonlyMap<Output, auxiliary.Registration>;
}

export const encoderDriver: pci.Driver<EncoderData> = {
  name: 'held9-encoder',
  idTable: [{ vendor: 0x1002, device: 0x73bf }],
  probe(pdev) {
    const hdmi = auxiliary.Registration.new(pdev.asRef(), 'hdmi', 0, 'held9_enc');
    const dp = auxiliary.Registration.new(pdev.asRef(), 'dp', 0, 'held9_enc');
    const outputs = new Map<Output, auxiliary.Registration>([
      ['hdmi', hdmi],
      ['dp', dp],
    ]);
    return { outputs };
  },
};
