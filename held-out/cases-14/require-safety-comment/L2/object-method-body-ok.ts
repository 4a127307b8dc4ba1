// A PCI serial card hands the IRQ layer a handler object written with method shorthand; the method carries its own comment. [class 7]
import type { device } from '@bindsafe/kernel';

export interface UartHandler {
  onRx(bytes: number): string;
  readonly port: number;
}

export const makeHandler = (dev: device.Device, port = 0): UartHandler => ({
  port,
  onRx(bytes) {
    // SAFETY: the handler is unregistered before the device is unbound, so it only runs while bound.
    return `${dev.unsafeAsBound().name}/ttyS${this.port}: ${bytes}B`;
  },
});
