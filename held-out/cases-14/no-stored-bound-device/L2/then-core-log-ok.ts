// A PCI firmware-loading card logs through a device handle from a .then continuation after the firmware promise settles. [class 5]
import type { pci } from '@bindsafe/kernel';

interface FwData {
  readonly fw_ver: number;
}

function fw_request(name: string): Promise<number> {
  return Promise.resolve(name.length);
}

export const fw_driver: pci.Driver<FwData> = {
  name: 'fw_pci',
  idTable: [{ vendor: 0x168c, device: 0x003e }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const h = pdev.toNormal();
    void fw_request('board.bin').then((len) => h.asRef().info(`fw ${len} bytes`));
    return { fw_ver: 1 };
  },
};
