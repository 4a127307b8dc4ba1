// A curried factory makes a child; probe calls it and discards the result. [class 4] [class 7]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

const spawner =
  (dev: device.Device<device.Bound>, modname: string) =>
  (name: string, id: number): auxiliary.Registration =>
    auxiliary.Registration.new(dev, name, id, modname);

export const driver: pci.Driver<{ readonly keep: auxiliary.Registration }> = {
  name: 'held2-nlr-curried',
  idTable: [{ vendor: 0x8086, device: 0x5030 }],
  probe(pdev) {
    const spawn = spawner(pdev.asRef(), 'held2_core');
    const keep = spawn('held2-kept', 0);
    spawn('held2-lost', 1); // expect: bindsafe/no-leaked-registration
    return { keep };
  },
};
