// A PCI DSP card creates one child per firmware-described core inside forEach and keeps them in its data. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CORES = ['hifi4', 'hifi5', 'vision'];

interface DspCard {
  readonly cores: number;
  readonly children: auxiliary.Registration[];
}

export const dspCardDriver: pci.Driver<DspCard> = {
  name: 'dsp-card',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const children: auxiliary.Registration[] = [];
    CORES.forEach((core, index) => {
      children.push(auxiliary.Registration.new(pdev.asRef(), core, index, 'dsp_card'));
    });
    return { cores: CORES.length, children };
  },
};
