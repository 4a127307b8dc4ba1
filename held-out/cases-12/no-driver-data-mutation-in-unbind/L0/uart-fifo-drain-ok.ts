// A platform UART keeps received bytes in its own FIFO class; unbind drains it through the class's method. [class 4]
import type { devres, platform } from '@bindsafe/kernel';

const UART_IER = 0x04;
const UART_RBR = 0x00;

/** The RX FIFO: the IRQ handler and unbind reach the bytes only through these methods. */
class RxFifo {
  #bytes: number[] = [];
  #closed = false;

  push(byte: number): void {
    if (!this.#closed) this.#bytes.push(byte);
  }

  get length(): number {
    return this.#bytes.length;
  }

  drain(): number[] {
    this.#closed = true;
    return this.#bytes.splice(0);
  }
}

interface UartData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly rx: RxFifo;
  readonly irq: platform.IrqRegistration;
}

const uartDriver = {
  name: 'pl011-lite',
  idTable: [{ compatible: 'arm,pl011' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const rx = new RxFifo();
    const irq = pdev.requestIrq(0, 'pl011-lite', () => {
      const byte = io.tryAccessWith((mem) => mem.read32(UART_RBR) & 0xff);
      if (byte !== undefined) rx.push(byte);
    });
    return { io, rx, irq };
  },
  unbind(pdev, data) {
    data.io.access(pdev.asRef()).write32(0, UART_IER);
    if (data.rx.length > 0) {
      const lost = data.rx.drain();
      pdev.asRef().info(`pl011-lite: ${lost.length} bytes discarded`);
    }
  },
} satisfies platform.Driver<UartData>;
export const pl011Driver: platform.Driver<UartData> = uartDriver;
