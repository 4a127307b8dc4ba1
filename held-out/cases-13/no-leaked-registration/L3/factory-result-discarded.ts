// A static factory returns the child; probe calls it and drops the result on the floor. [class 4]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class ChildFactory {
  static readonly MODNAME = 'ipu';
  static create(parent: device.Device<device.Bound>, name: string): auxiliary.Registration {
    return auxiliary.Registration.new(parent, name, 0, ChildFactory.MODNAME);
  }
}

export const ipuDriver: pci.Driver<{ readonly isp: boolean }> = {
  name: 'ipu-cam',
  idTable: [{ vendor: 0x8086, device: 0x9a19 }],
  probe(pdev) {
    ChildFactory.create(pdev.asRef(), 'isp'); // expect: bindsafe/no-leaked-registration
    return { isp: true };
  },
};
