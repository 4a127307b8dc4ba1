// A retimer spreads a base record and an array of lane children plus one extra into its data.
import { auxiliary, type pci } from '@bindsafe/kernel';

const base = { vendorTag: 'rt9', revision: 2 } as const;

interface RetimerData {
  readonly vendorTag: string;
  readonly revision: number;
  readonly lanes: readonly auxiliary.Registration[];
}

export const retimerDriver: pci.Driver<RetimerData> = {
  name: 'held9-retimer',
  idTable: [{ vendor: 0x8086, device: 0x0b26 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const lanes = [auxiliary.Registration.new(dev, 'lane', 0, 'held9_rt'), auxiliary.Registration.new(dev, 'lane', 1, 'held9_rt')];
    const sideband = auxiliary.Registration.new(dev, 'sideband', 0, 'held9_rt');
    return { ...base, lanes: [...lanes, sideband] };
  },
};
