// A mux builds its children in a local Map and returns a copy of its values: the data owns them. [class 4]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface MuxData {
  readonly children: readonly auxiliary.Registration[];
  readonly names: readonly string[];
}

export const muxDriver: platform.Driver<MuxData> = {
  name: 'held8-mux',
  idTable: [{ compatible: 'acme,i2c-mux' }],
  probe(pdev) {
    const byBus = new Map<string, auxiliary.Registration>();
    for (const bus of ['i2c-0', 'i2c-1']) {
      byBus.set(bus, auxiliary.Registration.new(pdev.asRef(), bus, byBus.size, 'held8_mux'));
    }
    return { children: [...byBus.values()], names: [...byBus.keys()] };
  },
};
