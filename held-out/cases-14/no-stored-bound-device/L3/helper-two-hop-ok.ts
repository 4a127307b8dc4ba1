// A PCI modem's probe passes its Core device to a setup helper, which hands a handle of it to a second helper that keeps it in a module slot. [class 2]
import type { device, pci } from '@bindsafe/kernel';

interface MdmData {
  readonly ok: boolean;
}

let g_mdm_dev: pci.Device<device.Normal> | undefined;

function mdm_remember(h: pci.Device<device.Normal>): void {
  g_mdm_dev = h;
}

function mdm_setup(pdev: pci.Device<device.Core>): number {
  pdev.enableDeviceMem();
  pdev.setMaster();
  mdm_remember(pdev.toNormal());
  return 0;
}

export const mdm_driver: pci.Driver<MdmData> = {
  name: 'mdm_pci',
  idTable: [{ vendor: 0x17cb, device: 0x0306 }],
  probe(pdev) {
    const rc = mdm_setup(pdev);
    return { ok: rc === 0 };
  },
};
