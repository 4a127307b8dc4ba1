// A DSP adopts its firmware-loader child into a DisposableStack declared with `const` that is never disposed, moved or kept. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

const LOADER = { name: 'fwload', id: 0 } as const;

interface DspData {
  readonly loaderName: string;
}

export const dspDriver: pci.Driver<DspData> = {
  name: 'dsp',
  idTable: [{ vendor: 0x8086, device: 0x7e28 }],
  probe(pdev) {
    const cleanup = new DisposableStack();
    const loader = auxiliary.Registration.new(pdev.asRef(), LOADER.name, LOADER.id, 'dsp'); // expect: bindsafe/no-leaked-registration
    cleanup.adopt(loader, (reg) => void reg.drop());
    return { loaderName: loader.name };
  },
};
