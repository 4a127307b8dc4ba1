// A hwmon helper makes a probe child and drops it in `finally`, so every exit drops it. [class 1]
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

class SensorMissingError extends Error {}

function probeSensor(parent: device.Device<device.Bound>, verify: boolean): string {
  const sensor = auxiliary.Registration.new(parent, 'hwmon-probe', 0, 'held8_hwmon2');
  try {
    if (!sensor.name) throw new SensorMissingError('no sensor');
    return verify ? 'verified' : sensor.name;
  } finally {
    void sensor.drop();
  }
}

interface HwmonData {
  readonly status: string;
}

export const hwmonDriver: pci.Driver<HwmonData, { verify: boolean }> = {
  name: 'held8-hwmon2',
  idTable: [{ vendor: 0x1234, device: 0x7a01 }],
  probe(pdev, info) {
    return { status: probeSensor(pdev.asRef(), info?.verify ?? true) };
  },
};
