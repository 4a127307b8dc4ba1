// A platform UART driver caches each port's mapped IoMem in a module-level Map keyed by device name, for an early-printk path. [class 8]
import type { devres, platform } from '@bindsafe/kernel';

const earlyConsoles = new Map<string, platform.IoMem>();

export function earlyPutc(port: string, ch: number): void {
  earlyConsoles.get(port)?.write32(ch, 0x00);
}

class UartPort implements Disposable {
  #open = true;
  constructor(readonly io: devres.Devres<platform.IoMem>) {}
  get open(): boolean {
    return this.#open;
  }
  [Symbol.dispose](): void {
    this.#open = false;
  }
}

export const uartDriver: platform.Driver<UartPort> = {
  name: 'pl011',
  idTable: [{ compatible: 'arm,pl011' }, { compatible: 'arm,sbsa-uart' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    const io = res.access(pdev.asRef());
    io.write32(0x301, 0x30);
    earlyConsoles.set(pdev.name, io); // expect: bindsafe/no-stored-bound-device
    return new UartPort(res);
  },
};
