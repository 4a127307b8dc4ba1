// A platform UART driver written as a class keeps only counters and device names in its own fields [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

interface UartData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly baud: number;
}

export class UartDriver implements platform.Driver<UartData> {
  readonly name = 'pl011-lite-ok';
  readonly idTable = [{ compatible: 'arm,pl011' }];
  readonly #seen = new Set<string>();
  probes = 0;

  probe(pdev: platform.Device<device.Core>): UartData {
    this.probes += 1;
    this.#seen.add(pdev.name);
    const io = pdev.iomapResource(0);
    io.access(pdev.asRef()).write32(115200, 0x24);
    return { io, baud: 115200 };
  }

  get seen(): readonly string[] {
    return [...this.#seen];
  }
}
