// A mailbox controller switches off every channel object its data holds inside a forEach callback.
import type { platform } from '@bindsafe/kernel';

interface Channel {
  readonly id: number;
  enabled: boolean;
}

interface MboxData {
  readonly channels: readonly Channel[];
}

export const mboxDriver: platform.Driver<MboxData> = {
  name: 'held7-mbox',
  idTable: [{ compatible: 'vendor,mbox' }],
  probe() {
    return { channels: [0, 1, 2].map((id) => ({ id, enabled: true })) };
  },
  unbind(pdev, data) {
    data.channels.forEach((ch) => {
      if (ch.enabled) ch.enabled = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
    pdev.asRef().info('mbox: channels off');
  },
};
