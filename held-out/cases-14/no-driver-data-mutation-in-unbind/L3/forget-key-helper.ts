// A PCI video decoder forgets a session through a same-file helper that deletes a key from the record it is given; unbind passes part of its data.
import type { pci } from '@bindsafe/kernel';

type Sessions = Record<string, { readonly codec: string }>;

const forget = (sessions: Sessions, id: string): boolean => {
  const known = id in sessions;
  delete sessions[id];
  return known;
};

class DecoderData {
  readonly sessions: Sessions = { boot: { codec: 'h264' } };
  get sessionIds(): string[] {
    return Object.keys(this.sessions);
  }
}

export const decoderDriver: pci.Driver<DecoderData> = {
  name: 'acc-vdec',
  idTable: [{ vendor: 0x8086, device: 0x4c8a }],
  probe: () => new DecoderData(),
  unbind(pdev, data) {
    for (const id of data.sessionIds) {
      if (forget(data.sessions, id)) pdev.asRef().info(`acc-vdec: dropped ${id}`); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
