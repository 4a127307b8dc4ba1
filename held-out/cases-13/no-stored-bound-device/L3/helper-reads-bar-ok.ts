// A PCI UART driver hands its BAR to a same-file helper that probes the FIFO during the call and returns its depth. [class 8]
import type { device, devres, pci } from '@bindsafe/kernel';

let consoleRegs: devres.Devres<pci.Bar> | undefined;

function fifoDepth(bar: pci.Bar): number {
  bar.write8(0x07, 0x02);
  const iir = bar.read8(0x02);
  return (iir & 0xc0) === 0xc0 ? 16 : 1;
}

export function consoleWrite(ch: number): void {
  consoleRegs?.tryAccessWith((bar) => bar.write8(ch, 0x00));
}

class UartData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly fifo: number) {}
}

export class Pci16550Driver implements pci.Driver<UartData, boolean> {
  readonly name = '8250_pci_lite';
  readonly idTable = [{ vendor: 0x1415, device: 0xc158, info: true }];

  probe(pdev: pci.Device<device.Core>, isConsole: boolean | undefined): UartData {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, '8250');
    if (isConsole === true) consoleRegs = regs;
    return new UartData(regs, fifoDepth(regs.access(pdev.asRef())));
  }
}
