// The driver data is an object literal with method shorthand and a getter; it owns the child. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

interface Data {
  readonly child: auxiliary.Registration;
  readonly childName: string;
  describe(): string;
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nlr-shorthand',
  idTable: [{ vendor: 0x8086, device: 0x5015 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'held2-pwm', 0, 'held2_core');
    return {
      child,
      get childName() {
        return child.name;
      },
      describe() { // expect: bindsafe/no-stored-bound-device
        return `${pdev.name} -> ${child.name}`;
      },
    };
  },
};
