// A platform UART driver returns a class instance holding its IoMem in a #private field, with a getter.
import type { platform } from '@bindsafe/kernel';

class UartPort {
  readonly #io: platform.IoMem;
  #baud = 115200;

  constructor(io: platform.IoMem) {
    this.#io = io;
  }

  get baud(): number {
    return this.#baud;
  }

  set baud(value: number) {
    this.#baud = value;
    this.#io.write32(Math.floor(1843200 / (16 * value)), 0x00);
  }

  get lineStatus(): number {
    return this.#io.read32(0x14);
  }
}

export const driver: platform.Driver<UartPort> = {
  name: 'held-uart-class',
  idTable: [{ compatible: 'vendor,uart-16550' }],
  probe(pdev) {
    const port = new UartPort(pdev.iomapResource(0).access(pdev.asRef()));
    port.baud = 57600;
    return port;
  },
};
