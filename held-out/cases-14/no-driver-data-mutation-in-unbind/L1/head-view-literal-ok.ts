// A platform UART builds a report object literal in unbind from its cursor accessors and updates only that report.
import type { devres, platform } from '@bindsafe/kernel';

interface Cursor { readonly head: number; readonly tail: number }

class UartData {
  readonly cursor: Cursor = { head: 0, tail: 0 };
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  get backlog(): number {
    return this.cursor.head - this.cursor.tail;
  }
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'acc-uart-ok',
  idTable: [{ compatible: 'acme,uart-v2' }],
  probe: (pdev) => new UartData(pdev.iomapResource(0)),
  unbind(pdev, data) {
    const report = { ...data.cursor, backlog: data.backlog, flushed: false };
    report.head = report.tail;
    report.flushed = true;
    data.io.access(pdev.asRef()).write32(report.backlog, 0x8);
  },
};
