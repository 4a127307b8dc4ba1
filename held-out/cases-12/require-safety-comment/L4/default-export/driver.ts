// A platform GPU forces itself idle on teardown through a default-imported @unsafe helper, unjustified. [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import idle from './idle.js';

export class MaliData implements Disposable {
  constructor(
    readonly pdev: platform.Device,
    readonly io: devres.Devres<platform.IoMem>,
  ) {}

  [Symbol.dispose](): void {
    const dev = this.pdev.asRef();
    const ok = idle(dev, this.io); // expect: bindsafe/require-safety-comment
    if (!ok) console.warn('gpu: did not reach idle');
  }
}
