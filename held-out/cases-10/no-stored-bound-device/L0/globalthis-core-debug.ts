// A PCI FPGA loader hangs its Device<Core> on globalThis for a REPL.
import type { device, pci } from '@bindsafe/kernel';
declare global {
  // debug hook for the REPL
  var fpgaDev: pci.Device<device.Core> | undefined;
}
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-fpga-global',
  idTable: [{ vendor: 0x1af4, device: 0x1027 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-fpga-global').access(pdev.asRef());
    globalThis.fpgaDev = pdev; // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
