// A platform UART driver hands its IoMem to selfTest(), a renamed re-export from a barrel, which only uses it during the call. [class 8]
import { errors, type devres, type platform } from '@bindsafe/kernel';
import { selfTest } from './lib/index.js';

class UartData {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly isConsole: boolean) {}
}

export const uartDriver: platform.Driver<UartData, boolean> = {
  name: 'meson_uart_lite',
  idTable: [{ compatible: 'amlogic,meson-gx-uart', info: true }, { compatible: 'amlogic,meson-uart', info: false }],
  probe(pdev, isConsole) {
    const res = pdev.iomapResource(0);
    if (!selfTest(res.access(pdev.asRef()))) {
      throw new errors.KernelError('EIO', `${pdev.name}: loopback failed`);
    }
    return new UartData(res, isConsole ?? false);
  },
};
