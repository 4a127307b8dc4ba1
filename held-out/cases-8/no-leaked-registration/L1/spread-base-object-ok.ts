// A camera ISP builds a base record holding its sensor child and spreads it into the driver data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface IspData {
  readonly sensor: auxiliary.Registration;
  readonly model: string;
  readonly hdr: boolean;
}

const defaults = { hdr: false, model: 'generic' } as const;

export const ispDriver: pci.Driver<IspData> = {
  name: 'held8-isp',
  idTable: [{ vendor: 0x8086, device: 0x34ad }],
  probe(pdev) {
    const base = { ...defaults, sensor: auxiliary.Registration.new(pdev.asRef(), 'sensor', 0, 'held8_isp') };
    return { ...base, hdr: true };
  },
};
