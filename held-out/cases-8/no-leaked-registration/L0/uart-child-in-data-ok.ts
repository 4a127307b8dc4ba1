// A UART bridge keeps its console child in a nested config object of the driver data.
import { auxiliary, type platform } from '@bindsafe/kernel';

interface UartData {
  readonly baud: number;
  readonly console: {
    readonly enabled: boolean;
    readonly child: auxiliary.Registration;
  };
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'held8-uart',
  idTable: [{ compatible: 'acme,uart-bridge' }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'console', 0, 'held8_uart');
    return { baud: 115200, console: { enabled: true, child } };
  },
};
