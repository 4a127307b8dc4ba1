// A helper returns a `[registration, name]` tuple; probe destructures it and keeps only the name.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function makeNamed(dev: device.Device<device.Bound>, name: string): [auxiliary.Registration, string] {
  const reg = auxiliary.Registration.new(dev, name, 0, 'held9_i2c');
  return [reg, `${name}.0`];
}

interface I2cData {
  readonly adapterName: string;
}

export const i2cDriver: pci.Driver<I2cData> = {
  name: 'held9-i2c',
  idTable: [{ vendor: 0x8086, device: 0xa0e8 }],
  probe(pdev) {
    const [, adapterName] = makeNamed(pdev.asRef(), 'adapter'); // expect: bindsafe/no-leaked-registration
    return { adapterName };
  },
};
