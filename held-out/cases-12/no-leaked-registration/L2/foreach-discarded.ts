// A PCI DSP card creates one child per firmware-described core inside forEach and discards each registration. [class 7]
import { auxiliary, type pci } from '@bindsafe/kernel';

const CORES = ['hifi4', 'hifi5', 'vision'];

export const dspCardDriver: pci.Driver<{ readonly cores: number }> = {
  name: 'dsp-card',
  idTable: [{ vendor: 0x1e0f, device: 0x0001 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    CORES.forEach((core, index) => {
      auxiliary.Registration.new(pdev.asRef(), core, index, 'dsp_card'); // expect: bindsafe/no-leaked-registration
    });
    return { cores: CORES.length };
  },
};
