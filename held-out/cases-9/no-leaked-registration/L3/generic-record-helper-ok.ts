// A generic helper makes one child per name of a string union and returns a `Record`; probe keeps the record.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function collect<K extends string>(dev: device.Device<device.Bound>, names: readonly K[]): Record<K, auxiliary.Registration> {
  const out = {} as Record<K, auxiliary.Registration>;
  for (const name of names) {
    out[name] = auxiliary.Registration.new(dev, name, 0, 'held9_pinctrl');
  }
  return out;
}

interface PinctrlData {
  readonly groups: Record<'spi' | 'uart' | 'i2c', auxiliary.Registration>;
}

export const pinctrlDriver: pci.Driver<PinctrlData> = {
  name: 'held9-pinctrl',
  idTable: [{ vendor: 0x8086, device: 0x34c4 }],
  probe(pdev) {
    const groups = collect(pdev.asRef(), ['spi', 'uart', 'i2c'] as const);
    return { groups };
  },
};
