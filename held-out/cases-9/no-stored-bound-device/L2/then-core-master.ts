// [class 5] A PCI FPGA sets bus mastering in a `.then` callback after its firmware promise, capturing the Device<Core>.
import type { pci } from '@bindsafe/kernel';

async function loadBitstream(name: string): Promise<number> {
  return name.length;
}

export const driver: pci.Driver<{ readonly firmware: Promise<number> }> = {
  name: 'held9-fpga-then',
  idTable: [{ vendor: 0x10ee, device: 0x7038 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const firmware = loadBitstream('top.bit');
    firmware.then(() => pdev.setMaster()); // expect: bindsafe/no-stored-bound-device
    return { firmware };
  },
};
