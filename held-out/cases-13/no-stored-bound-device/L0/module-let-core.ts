// A PCI serial card driver remembers the Device<Core> it probed in a module variable for a later console hook. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

let consoleDevice: pci.Device<device.Core> | undefined;

class SerialPort {
  static readonly BAUD = 115_200;
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly line: number) {}
}

class SerialDriver implements pci.Driver<SerialPort, number> {
  readonly name = 'exar_serial';
  readonly idTable = [{ vendor: 0x13a8, device: 0x0152, info: 2 }];

  probe(pdev: pci.Device<device.Core>, line: number | undefined): SerialPort {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'exar');
    if ((line ?? 0) === 0) {
      consoleDevice = pdev; // expect: bindsafe/no-stored-bound-device
    }
    return new SerialPort(regs, line ?? 0);
  }
}

export function consoleReady(): boolean {
  return consoleDevice !== undefined;
}

export const serialDriver = new SerialDriver();
