// A hwmon helper makes a probe child and drops it only on its verify exit; the other exit keeps it nowhere. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function probeSensor(parent: device.Device<device.Bound>, verify: boolean): string {
  const sensor = auxiliary.Registration.new(parent, 'hwmon-probe', 0, 'held8_hwmon');
  if (verify) {
    void sensor.drop();
    return 'verified';
  }
  return sensor.name;
}

interface HwmonData {
  readonly status: string;
}

export const hwmonDriver: pci.Driver<HwmonData, { verify: boolean }> = {
  name: 'held8-hwmon',
  idTable: [{ vendor: 0x1234, device: 0x7a00, info: { verify: false } }],
  probe(pdev, info) {
    const status = probeSensor(pdev.asRef(), info?.verify ?? false); // expect: bindsafe/no-leaked-registration
    return { status };
  },
};
