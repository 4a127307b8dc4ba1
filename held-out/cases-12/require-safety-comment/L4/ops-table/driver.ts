// A platform watchdog disarms itself through an imported ops table's @unsafe entry, unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import { wdtOps } from './ops.js';

export class WdtData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
    readonly seconds = 30,
  ) {}

  [Symbol.dispose](): void {
    console.log(`wdt: was ${wdtOps.timeoutFor(this.seconds)} ticks`);
    wdtOps.disarm(this.pdev.asRef(), this.io); // expect: bindsafe/require-safety-comment
  }
}
