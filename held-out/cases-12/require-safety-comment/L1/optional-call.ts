// A platform LED driver may or may not have a companion controller; the optional unsafe call is unjustified. [class 2, class 6]
import type { devres, platform } from '@bindsafe/kernel';

export class LedData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
    readonly companion?: platform.Device,
  ) {}

  [Symbol.dispose](): void {
    const peer = this.companion?.asRef().unsafeAsBound(); // expect: bindsafe/require-safety-comment
    if (peer !== undefined) peer.info('companion LEDs off');
  }
}
