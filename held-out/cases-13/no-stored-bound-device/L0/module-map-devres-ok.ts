// A platform UART driver caches each port's Devres container in a module-level Map and reaches the IoMem fallibly. [class 3]
import type { devres, platform } from '@bindsafe/kernel';

const earlyConsoles = new Map<string, devres.Devres<platform.IoMem>>();

export function earlyPutc(port: string, ch: number): boolean {
  return earlyConsoles.get(port)?.tryAccessWith((io) => io.write32(ch, 0x00)) !== undefined;
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
    earlyConsoles.set(pdev.name, res);
    return new UartPort(res);
  },
};
