// A DSP adopts its firmware-loader child into a DisposableStack whose move() result the driver data owns. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

const LOADER = { name: 'fwload', id: 0 } as const;

interface DspData {
  readonly loaderName: string;
  readonly teardown: DisposableStack;
}

export const dspDriver: pci.Driver<DspData> = {
  name: 'dsp',
  idTable: [{ vendor: 0x8086, device: 0x7e28 }],
  probe(pdev) {
    using cleanup = new DisposableStack();
    const loader = auxiliary.Registration.new(pdev.asRef(), LOADER.name, LOADER.id, 'dsp');
    cleanup.adopt(loader, (reg) => void reg.drop());
    return { loaderName: loader.name, teardown: cleanup.move() };
  },
};
