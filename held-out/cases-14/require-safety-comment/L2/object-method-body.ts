// A PCI serial card hands the IRQ layer a handler object written with method shorthand; the comment above the statement does not reach into the method. [class 7]
import type { device } from '@bindsafe/kernel';

export interface UartHandler {
  onRx(bytes: number): string;
  readonly port: number;
}

export const makeHandler = (dev: device.Device, port = 0): UartHandler => {
  // SAFETY: the handler is unregistered before the device is unbound. // expect: bindsafe/require-safety-comment
  const handler: UartHandler = {
    port,
    onRx(bytes) {
      return `${dev.unsafeAsBound().name}/ttyS${this.port}: ${bytes}B`; // expect: bindsafe/require-safety-comment
    },
  };
  return handler;
};
