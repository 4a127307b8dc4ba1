// unbind only calls the data class's own methods and reads its getters. [class 2]
import type { devres, platform } from '@bindsafe/kernel';

export class UartData {
  #open = true;
  readonly #tx: string[] = [];
  constructor(readonly res: devres.Devres<platform.IoMem>) {}
  send(s: string): void {
    if (this.#open) this.#tx.push(s);
  }
  quiesce(): number {
    this.#open = false;
    return this.#tx.splice(0).length;
  }
  get pending(): number {
    return this.#tx.length;
  }
}

export const driver: platform.Driver<UartData> = {
  name: 'held2-nddm-methods',
  idTable: [{ compatible: 'held2,uart' }],
  probe(pdev) {
    return new UartData(pdev.iomapResource(0));
  },
  unbind(pdev, data) {
    const before = data.pending;
    const dropped = data.quiesce();
    data.res.access(pdev.asRef()).write32(0, 0x4);
    pdev.asRef().info(`uart: ${before} pending, ${dropped} dropped`);
  },
};
