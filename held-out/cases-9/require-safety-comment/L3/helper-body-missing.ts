// A PCI serial card's same-file helper (not @unsafe itself) re-proves binding inside a do/while without a SAFETY comment.
import type { device, devres, pci } from '@bindsafe/kernel';

interface UartData {
  readonly handle: device.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

function drainFifo(data: Readonly<UartData>, limit = 16): number {
  let read = 0;
  let status: number;
  do {
    const bar = data.regs.access(data.handle.unsafeAsBound()); // expect: bindsafe/require-safety-comment
    status = bar.read8(0x05);
    read++;
  } while ((status & 1) !== 0 && read < limit);
  return read;
}

export const uartDriver: pci.Driver<UartData> = {
  name: 'h9-uart',
  idTable: [{ vendor: 0x1415, device: 0xc158 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), regs: pdev.iomapRegion(0, 'uart') };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`drained ${drainFifo(data)} bytes`);
  },
};
