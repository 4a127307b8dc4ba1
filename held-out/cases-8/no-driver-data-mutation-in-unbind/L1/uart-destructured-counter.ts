// A platform UART destructures its error counters out of the data and bumps one in unbind.
import type { device, devres, platform } from '@bindsafe/kernel';

interface UartCounters {
  overruns: number;
  framing: number;
  teardowns: number;
}

interface UartData {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly counters: UartCounters;
}

export const uartDriver: platform.Driver<UartData> = {
  name: 'h8-uart',
  idTable: [{ compatible: 'acme,16550a' }],
  probe(pdev: platform.Device<device.Core>): UartData {
    return { mem: pdev.iomapResource(0), counters: { overruns: 0, framing: 0, teardowns: 0 } };
  },
  unbind(pdev, data) {
    const { mem, counters } = data;
    mem.access(pdev.asRef()).write32(0, 0x04);
    counters.teardowns += 1; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
