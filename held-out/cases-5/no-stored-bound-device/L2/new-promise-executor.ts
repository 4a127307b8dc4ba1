// A platform mailbox driver resolves a module-level `new Promise(r => r(io))` with its IoMem so a firmware loader can await it. [class 5]
import type { devres, platform } from '@bindsafe/kernel';

let resolveMailbox: ((io: platform.IoMem) => void) | undefined;

export const mailboxReady = new Promise<platform.IoMem>((resolve) => {
  resolveMailbox = resolve;
});

export let lateMailbox: Promise<platform.IoMem> | undefined;

interface MailboxData {
  readonly mem: devres.Devres<platform.IoMem>;
}

export const mailboxDriver: platform.Driver<MailboxData> = {
  name: 'held-mailbox',
  idTable: [{ compatible: 'brcm,bcm2835-mbox' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const io = mem.access(pdev.asRef());
    io.write32(0x1, 0x1c);
    lateMailbox = new Promise((r) => r(io)); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};

export async function sendWord(word: number): Promise<void> {
  const io = await (lateMailbox ?? mailboxReady);
  io.write32(word, 0x20);
}

export function resolverInstalled(): boolean {
  return resolveMailbox !== undefined;
}
