// A platform watchdog disarms itself through an entry destructured from an imported ops table, justified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { wdtOps } from './ops.js';

export class WdtData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
    readonly seconds = 30,
  ) {}

  [Symbol.dispose](): void {
    const { disarm, timeoutFor } = wdtOps;
    console.log(`wdt: was ${timeoutFor(this.seconds)} ticks`);
    // SAFETY: the destructor runs during unbind, before the watchdog is unbound.
    disarm(this.pdev.asRef(), this.io);
  }
}
