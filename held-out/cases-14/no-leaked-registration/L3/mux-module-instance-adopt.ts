// A mux controller hands each channel child to a module-level tracker instance whose method keeps it in its own Map. [class 6]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

class ChildTracker {
  readonly #byId = new Map<number, auxiliary.Registration>();

  adopt(parent: device.Device<device.Bound>, name: string, id: number): number {
    this.#byId.set(id, auxiliary.Registration.new(parent, name, id, 'mux_ctl'));
    return this.#byId.size;
  }
}

const tracker = new ChildTracker();

const CHANNELS = [{ name: 'mux-a', id: 0 }] as const;

interface MuxData {
  readonly tracked: number;
}

export const muxDriver: platform.Driver<MuxData> = {
  name: 'mux-ctl',
  idTable: [{ compatible: 'acme,mux-ctl' }],
  probe(pdev) {
    const [first] = CHANNELS;
    const tracked = tracker.adopt(pdev.asRef(), first.name, first.id); // expect: bindsafe/no-leaked-registration
    return { tracked };
  },
};
