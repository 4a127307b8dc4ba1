// A platform mailbox builds a Channel whose constructor keeps the IoMem and pushes `this` into a static list.
import type { platform } from '@bindsafe/kernel';

class Channel {
  static readonly open: Channel[] = [];

  constructor(readonly label: string, private readonly io: platform.IoMem) {
    Channel.open.push(this);
  }

  ring(): void {
    this.io.write32(1, 0x00);
  }
}

export const driver: platform.Driver<{ readonly channel: Channel }> = {
  name: 'held9-mbox-channel',
  idTable: [{ compatible: 'acme,mbox' }],
  probe(pdev) {
    const channel = new Channel('tx', pdev.iomapResource(0).access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    channel.ring();
    return { channel };
  },
};
