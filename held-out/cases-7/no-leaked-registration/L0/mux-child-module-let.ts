// An I2C mux remembers its last child registration only in a module-level `let`.
import { auxiliary, type platform } from '@bindsafe/kernel';

let lastChild: auxiliary.Registration | undefined;

interface MuxData {
  readonly channels: number;
}

export function lastChildName(): string | undefined {
  return lastChild?.name;
}

export const muxDriver: platform.Driver<MuxData> = {
  name: 'held7-i2c-mux',
  idTable: [{ compatible: 'vendor,i2c-mux' }],
  probe(pdev) {
    lastChild = auxiliary.Registration.new(pdev.asRef(), 'mux-chan', 0, 'held7_mux'); // expect: bindsafe/no-leaked-registration
    return { channels: 4 };
  },
};
