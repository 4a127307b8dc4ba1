// A PCI GPIO card's destructor reports IRQ statistics through a helper in another module; the helper justifies its own unsafe call. [class 3]
import type { pci } from '@bindsafe/kernel';
import { reportIrq, type IrqStats } from './util/irq-log.js';

export class GpioCard implements Disposable {
  readonly #stats: IrqStats[] = [];

  constructor(readonly pdev: pci.Device, lines = 2) {
    this.#stats.push(...Array.from({ length: lines }, (_, line) => ({ line, fired: 0 })));
  }

  fired = (line: number): void => void (this.#stats[line] && this.#stats[line].fired++);

  [Symbol.dispose](): void {
    const storms = this.#stats.map((s) => reportIrq(s, this.pdev.asRef())).filter((r) => r === 'storm').length;
    if (storms) this.pdev.asRef().toNormal().info(`${storms} IRQ storms`);
  }
}
