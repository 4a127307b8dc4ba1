// A mux controller hands each channel child to devres through a helper (foreign-owned registration). [class 1]
import { auxiliary, devres, type device, type platform } from '@bindsafe/kernel';

const CHANNELS = [
  { name: 'mux-a', id: 0 },
  { name: 'mux-b', id: 1 },
] as const;

function attachForeignOwned(parent: device.Device<device.Bound>, name: string, id: number): string {
  const child = auxiliary.Registration.new(parent, name, id, 'mux_ctl');
  const stack = new DisposableStack();
  stack.defer(() => void child.drop());
  devres.register(parent, stack);
  return child.name;
}

interface MuxData {
  readonly channelNames: string[];
}

export const muxDriver: platform.Driver<MuxData> = {
  name: 'mux-ctl',
  idTable: [{ compatible: 'acme,mux-ctl' }],
  probe(pdev) {
    const channelNames = CHANNELS.map(({ name, id }) => attachForeignOwned(pdev.asRef(), name, id));
    return { channelNames };
  },
};
