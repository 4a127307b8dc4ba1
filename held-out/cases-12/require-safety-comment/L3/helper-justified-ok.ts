// A PCI SATA controller's teardown calls a same-file helper that justifies its own assumption; the caller needs no comment. [class 3]
import type { devres, pci } from '@bindsafe/kernel';

function stopPorts(handle: pci.Device, regs: devres.Devres<pci.Bar>, ports: number): void {
  // SAFETY: only called from the driver data's destructor, which runs before the device is unbound.
  const bar = regs.access(handle.asRef().unsafeAsBound());
  for (let port = 0; port < ports; port++) bar.write32(0, 0x118 + port * 0x80);
}

export class SataData implements Disposable {
  constructor(
    readonly pdev: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
    readonly ports = 4,
  ) {}

  [Symbol.dispose](): void {
    stopPorts(this.pdev, this.regs, this.ports);
  }
}
