// A PCI watchdog card driver, written as a class, keeps only the last probed device's name and a Device<Normal> handle on the driver object. [class 2]
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
  #lastName = '';
  #lastHandle: pci.Device | undefined;

  probe(pdev: pci.Device<device.Core>): WatchdogData {
    this.probes++;
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'i6300esb');
    const bar = regs.access(pdev.asRef());
    bar.write32(0x80, 0x10);
    this.#lastName = pdev.name;
    this.#lastHandle = pdev.toNormal();
    return new WatchdogData(regs, 30_000);
  }

  describeLast(): string {
    return `${this.#lastName} (${this.#lastHandle?.vendorId ?? 0})`;
  }
}

export const watchdogDriver = new WatchdogDriver();
