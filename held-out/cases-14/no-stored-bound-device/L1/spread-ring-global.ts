// A platform mailbox driver rebuilds a module-level ring of mailbox windows with an array spread on every probe. [class 6]
import type { platform } from '@bindsafe/kernel';

const MBOX_SEND = 0x8;

interface MboxData {
  readonly chan: number;
  readonly io: platform.IoMem;
}

let g_ring: readonly platform.IoMem[] = [];

export function mbox_broadcast(msg: number): number {
  for (const io of g_ring) io.write32(msg, MBOX_SEND);
  return g_ring.length;
}

export const mbox_driver: platform.Driver<MboxData> = {
  name: 'mbox',
  idTable: [{ compatible: 'acme,mailbox' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const chan = g_ring.length;
    g_ring = [...g_ring, io]; // expect: bindsafe/no-stored-bound-device
    return { chan, io };
  },
};
