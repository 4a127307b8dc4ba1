// An overloaded helper returns the child; probe keeps only its name in the data. [class 2]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function attachSensor(parent: device.Device<device.Bound>): auxiliary.Registration;
function attachSensor(parent: device.Device<device.Bound>, id: number): auxiliary.Registration;
function attachSensor(parent: device.Device<device.Bound>, id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'sensor', id, 'hwmon');
}

export const hwmonDriver: pci.Driver<{ readonly sensor: string }> = {
  name: 'hwmon-pci',
  idTable: [{ vendor: 0x1022, device: 0x15e4 }],
  probe(pdev) {
    const sensor = attachSensor(pdev.asRef(), 1).name; // expect: bindsafe/no-leaked-registration
    return { sensor };
  },
};
