// A platform UART driver written as a class remembers the last probed device in a #private field [class 2]
import type { device, devres, platform } from '@bindsafe/kernel';

interface UartData {
  readonly io: devres.Devres<platform.IoMem>;
  readonly baud: number;
}

export class UartDriver implements platform.Driver<UartData> {
  readonly name = 'pl011-lite';
  readonly idTable = [{ compatible: 'arm,pl011' }];
  #lastProbed: platform.Device<device.Core> | null = null;
  probes = 0;

  probe(pdev: platform.Device<device.Core>): UartData {
    this.probes += 1;
    this.#lastProbed = pdev; // expect: bindsafe/no-stored-bound-device
    const io = pdev.iomapResource(0);
    io.access(pdev.asRef()).write32(115200, 0x24);
    return { io, baud: 115200 };
  }

  get lastName(): string | undefined {
    return this.#lastProbed?.name;
  }
}
