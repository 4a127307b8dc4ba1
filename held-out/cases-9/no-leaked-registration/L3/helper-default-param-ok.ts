// A helper with a default instance number makes a child; probe keeps it in an optional data field when the info asks for it.
import { auxiliary, type device, type pci } from '@bindsafe/kernel';

function makeChild(dev: device.Device<device.Bound>, name: string, id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(dev, name, id, 'held9_hwmon');
}

interface HwmonInfo {
  readonly fanChild?: boolean;
}

interface HwmonData {
  readonly fan?: auxiliary.Registration;
  readonly sensors: number;
}

export const hwmonDriver: pci.Driver<HwmonData, HwmonInfo> = {
  name: 'held9-hwmon',
  idTable: [{ vendor: 0x1022, device: 0x14e3, info: { fanChild: true } }],
  probe(pdev, info) {
    if (info?.fanChild) {
      return { fan: makeChild(pdev.asRef(), 'fan'), sensors: 6 };
    }
    return { sensors: 6 };
  },
};
