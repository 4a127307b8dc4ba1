// A local arrow makes the child; its result is kept in the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly child: auxiliary.Registration;
}

export const drv27: pci.Driver<D> = {
  name: 'held10-c27',
  idTable: [{ vendor: 0x1af4, device: 0x101b }],
  probe(pdev) {
    const make = (name: string) => auxiliary.Registration.new(pdev.asRef(), name, 0, 'held10');
    return { child: make('dsp') };
  },
};
