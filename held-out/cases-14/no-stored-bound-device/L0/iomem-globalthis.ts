// A platform UART publishes its mapped registers on globalThis for an early-console writer. [class 8]
import type { devres, platform } from '@bindsafe/kernel';

declare global {
  var earlycon_io: platform.IoMem | undefined;
}

const UART_THR = 0x00;

interface UartData {
  readonly mem: devres.Devres<platform.IoMem>;
}

export function earlycon_putc(c: number): number {
  const io = globalThis.earlycon_io;
  if (io === undefined) return -19;
  io.write32(c, UART_THR);
  return 0;
}

export const uart_driver: platform.Driver<UartData> = {
  name: 'pl011',
  idTable: [{ compatible: 'arm,pl011' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    globalThis.earlycon_io = mem.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};
