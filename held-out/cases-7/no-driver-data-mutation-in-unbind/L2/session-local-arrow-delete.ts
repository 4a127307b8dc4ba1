// A video decoder defines a local arrow in unbind that deletes sessions from the data's Map, and loops over it. [class 7]
import type { pci } from '@bindsafe/kernel';

interface DecoderData {
  readonly sessions: Map<string, { readonly codec: string }>;
}

export const decoderDriver: pci.Driver<DecoderData> = {
  name: 'held7-vdec',
  idTable: [{ vendor: 0x10de, device: 0x2236 }],
  probe() {
    return { sessions: new Map([['s0', { codec: 'h264' }], ['s1', { codec: 'av1' }]]) };
  },
  unbind(pdev, data) {
    const forget = (id: string): boolean => data.sessions.delete(id); // expect: bindsafe/no-driver-data-mutation-in-unbind
    const ids = Array.from(data.sessions.keys());
    let i = 0;
    do {
      const id = ids[i];
      if (id !== undefined && forget(id)) pdev.asRef().info(`vdec: closed ${id}`);
      i++;
    } while (i < ids.length);
  },
};
