// A class-based PCI modem driver counts teardown events in its own private fields from an arrow inside unbind; the data is only read. [class 7]
import type { device, pci } from '@bindsafe/kernel';

interface ModemData {
  readonly channels: readonly string[];
}

export class ModemDriver implements pci.Driver<ModemData> {
  readonly name = 'acc-modem';
  readonly idTable = [{ vendor: 0x17cb, device: 0x0306 }] as const;
  #closed = 0;
  readonly #log = new Map<string, number>();

  get closed(): number {
    return this.#closed;
  }

  probe(pdev: pci.Device<device.Core>): ModemData {
    return { channels: ['at', 'mbim', 'qmi'] };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<ModemData>): void {
    const close = (channel: string): void => {
      this.#closed++;
      this.#log.set(channel, (this.#log.get(channel) ?? 0) + 1);
    };
    data.channels.forEach(close);
  }
}

export const modemDriver = new ModemDriver();
