// A UART driver walks its ports in callbacks and collects names into an array unbind itself made.
import type { platform } from '@bindsafe/kernel';

interface Port {
  readonly name: string;
  readonly baud: number;
}

interface UartData {
  readonly ports: readonly Port[];
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'held7-uart',
  idTable: [{ compatible: 'vendor,uart' }],
  probe() {
    return { ports: [{ name: 'ttyS0', baud: 115200 }, { name: 'ttyS1', baud: 9600 }] };
  },
  unbind(pdev, data) {
    const fast: string[] = [];
    const note = (p: Port) => {
      if (p.baud > 57600) fast.push(p.name);
    };
    data.ports.forEach(note);
    fast.sort();
    pdev.asRef().info(`uart: fast ports ${fast.join(',') || 'none'}`);
  },
};
