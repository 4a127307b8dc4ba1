// A mailbox defers filing its child into a module-level `Set` with `queueMicrotask`; the driver data keeps nothing of it.
import { auxiliary, type pci } from '@bindsafe/kernel';

const liveChannels = new Set<auxiliary.Registration>();

export function channelCount(): number {
  return liveChannels.size;
}

interface MailboxData {
  readonly slots: number;
}

export const mailboxDriver: pci.Driver<MailboxData> = {
  name: 'held9-mailbox',
  idTable: [{ vendor: 0x1e0f, device: 0x0007 }],
  probe(pdev) {
    const channel = auxiliary.Registration.new(pdev.asRef(), 'channel', 0, 'held9_mbox'); // expect: bindsafe/no-leaked-registration
    queueMicrotask(() => {
      liveChannels.add(channel);
    });
    return { slots: 16 };
  },
};
