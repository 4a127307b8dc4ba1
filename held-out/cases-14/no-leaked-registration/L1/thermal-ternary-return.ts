// A thermal controller returns its fan child only when the board says it has a fan; the other branch drops nothing and keeps nothing. [class 1]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface BoardInfo {
  readonly fan: boolean;
}

interface ThermalData {
  readonly fan?: auxiliary.Registration;
}

export const thermalDriver: pci.Driver<ThermalData, BoardInfo> = {
  name: 'thermal-ctl',
  idTable: [
    { vendor: 0x8086, device: 0x1903, info: { fan: true } },
    { vendor: 0x8086, device: 0x1904, info: { fan: false } },
  ],
  probe(pdev, info) {
    const fan = auxiliary.Registration.new(pdev.asRef(), 'fan', 0, 'thermal_ctl'); // expect: bindsafe/no-leaked-registration
    return info?.fan ? { fan } : {};
  },
};
