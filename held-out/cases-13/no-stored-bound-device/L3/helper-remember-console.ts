// A PCI UART driver hands its BAR to a same-file helper that remembers it as the kernel console in a module variable. [class 8]
import type { device, devres, pci } from '@bindsafe/kernel';

let consoleBar: pci.Bar | undefined;

function rememberConsole(bar: pci.Bar): void {
  consoleBar = bar;
}

export function consoleWrite(ch: number): void {
  consoleBar?.write8(ch, 0x00);
}

class UartData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly isConsole: boolean) {}
}

export class Pci16550Driver implements pci.Driver<UartData, boolean> {
  readonly name = '8250_pci_lite';
  readonly idTable = [{ vendor: 0x1415, device: 0xc158, info: true }];

  probe(pdev: pci.Device<device.Core>, isConsole: boolean | undefined): UartData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, '8250');
    if (isConsole === true) {
      rememberConsole(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    }
    return new UartData(regs, isConsole ?? false);
  }
}
