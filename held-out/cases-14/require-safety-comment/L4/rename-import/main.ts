// A platform LED controller imports an @unsafe logger under another name and calls it from its destructor without a comment. [class 7]
import type { platform } from '@bindsafe/kernel';
import { logBound as say } from './trust.js';

export class LedData implements Disposable {
  readonly #leds = new Map<string, number>([['power', 255]]);

  constructor(readonly pdev: platform.Device) {}

  set = (led: string, level: number): this => (this.#leds.set(led, Math.max(0, Math.min(255, level))), this);

  [Symbol.dispose](): void {
    say(this.pdev.asRef(), [...this.#leds].map(([k, v]) => `${k}=${v}`).join(' ')); // expect: bindsafe/require-safety-comment
  }
}
