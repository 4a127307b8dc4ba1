// A platform UART keeps received bytes in an array its IRQ handler fills, and truncates it in unbind. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

const UART_IER = 0x04;
const UART_RBR = 0x00;

interface UartData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly rx: number[];
  readonly irq: platform.IrqRegistration;
}

const uartDriver = {
  name: 'pl011-lite',
  idTable: [{ compatible: 'arm,pl011' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const rx: number[] = [];
    const irq = pdev.requestIrq(0, 'pl011-lite', () => {
      const byte = io.tryAccessWith((mem) => mem.read32(UART_RBR) & 0xff);
      if (byte !== undefined) rx.push(byte);
    });
    return { io, rx, irq };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, UART_IER);
    if (data.rx.length > 0) {
      data.rx.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
} satisfies platform.Driver<UartData>;
export const pl011Driver: platform.Driver<UartData> = uartDriver;
