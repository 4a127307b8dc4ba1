// A class-shaped auxiliary driver keeps its child registration in a private field of the driver object.
import { auxiliary, type device } from '@bindsafe/kernel';

interface PortData {
  readonly index: number;
}

export class TypecPortDriver implements auxiliary.Driver<PortData> {
  readonly name = 'held7-typec';
  readonly idTable = [{ modname: 'held7_usb', name: 'typec' }];
  #altmode?: auxiliary.Registration;

  probe(adev: auxiliary.Device<device.Core>): PortData {
    this.#altmode = auxiliary.Registration.new(adev.asRef(), 'altmode', 0, 'held7_typec'); // expect: bindsafe/no-leaked-registration
    return { index: 0 };
  }
}
