// A PCI watchdog card driver, written as a class, keeps the last mapped BAR in a #private field of the driver object itself. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';

class WatchdogData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly timeoutMs: number) {}
}

abstract class PciDriverBase<D> implements pci.Driver<D> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  protected probes = 0;
  abstract probe(pdev: pci.Device<device.Core>, info: unknown): D;
}

export class WatchdogDriver extends PciDriverBase<WatchdogData> {
  readonly name = 'i6300esb';
  readonly idTable = [{ vendor: 0x8086, device: 0x25ab }];
  #lastBar: pci.Bar | undefined;

  probe(pdev: pci.Device<device.Core>): WatchdogData {
    this.probes++;
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'i6300esb');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x80, 0x10);
    this.#lastBar = bar; // expect: bindsafe/no-stored-bound-device
    return new WatchdogData(regs, 30_000);
  }

  pokeLast(): void {
    this.#lastBar?.write32(1, 0x0c);
  }
}

export const watchdogDriver = new WatchdogDriver();
