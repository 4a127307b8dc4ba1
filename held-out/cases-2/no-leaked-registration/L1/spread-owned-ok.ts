// Children collected in a local object and spread into the driver data, which owns them. [class 4] [class 6]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Data {
  readonly audio: auxiliary.Registration;
  readonly video: auxiliary.Registration;
  readonly rev: number;
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nlr-spread',
  idTable: [{ vendor: 0x8086, device: 0x5012 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const parts = {
      audio: auxiliary.Registration.new(dev, 'held2-audio', 0, 'held2_core'),
      video: auxiliary.Registration.new(dev, 'held2-video', 1, 'held2_core'),
    };
    return { ...parts, rev: pdev.revision };
  },
};
