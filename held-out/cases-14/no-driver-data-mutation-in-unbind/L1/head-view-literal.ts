// A platform UART wraps its driver data's ring cursor in an object literal view inside unbind and rewinds it through the view. [class 6]
import type { devres, platform } from '@bindsafe/kernel';

interface Cursor { head: number; tail: number }

class UartData {
  readonly cursor: Cursor = { head: 0, tail: 0 };
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  get backlog(): number {
    return this.cursor.head - this.cursor.tail;
  }
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'acc-uart',
  idTable: [{ compatible: 'acme,uart' }],
  probe: (pdev) => new UartData(pdev.iomapResource(0)),
  unbind(pdev, data) {
    const view = { cur: data.cursor, label: pdev.asRef().name };
    data.io.access(pdev.asRef()).write32(view.cur.tail, 0x8);
    view.cur.head = view.cur.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
