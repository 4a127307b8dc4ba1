// A platform mailbox flushes its channels on teardown through a renamed re-export of an @unsafe helper, unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { channelName, kick } from './hw/index.js';

export class MailboxData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
    readonly channels: readonly number[] = [0, 1, 2],
  ) {}

  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    for (const ch of this.channels) {
      console.log(`flushing ${channelName(ch)}`);
      kick(dev, this.io, ch); // expect: bindsafe/require-safety-comment
    }
  }
}
