// A platform UART driver hands its IoMem to adoptConsole(), a renamed re-export from a barrel, which keeps it in a module variable. [class 8]
import type { devres, platform } from '@bindsafe/kernel';
import { adoptConsole } from './lib/index.js';

class UartData {
  constructor(readonly io: devres.Devres<platform.IoMem>, readonly isConsole: boolean) {}
}

export const uartDriver: platform.Driver<UartData, boolean> = {
  name: 'meson_uart_lite',
  idTable: [{ compatible: 'amlogic,meson-gx-uart', info: true }, { compatible: 'amlogic,meson-uart', info: false }],
  probe(pdev, isConsole) {
    const res = pdev.iomapResource(0);
    if (isConsole ?? false) {
      adoptConsole(res.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    }
    return new UartData(res, isConsole ?? false);
  },
};
