// A platform LED driver may or may not have a companion controller; the optional unsafe call is justified. [class 2, class 6]
import type { devres, platform } from '@bindsafe/kernel';

export class LedData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
    readonly companion?: platform.Device,
  ) {}

  [Symbol.dispose](): void {
    // SAFETY: the companion is a child bound before us and unbound after us (device links).
    const peer = this.companion?.asRef().unsafeAsBound();
    if (peer !== undefined) peer.info('companion LEDs off');
  }
}
