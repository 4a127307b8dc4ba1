// A PCI modem's probe passes its Core device to a setup helper, which hands it on to a second helper that keeps it in a module slot. [class 2]
import type { device, pci } from '@bindsafe/kernel';

interface MdmData {
  readonly ok: boolean;
}

let g_mdm_dev: pci.Device<device.Core> | undefined;

function mdm_remember(pdev: pci.Device<device.Core>): void {
  g_mdm_dev = pdev;
}

function mdm_setup(pdev: pci.Device<device.Core>): number {
  pdev.enableDeviceMem();
  pdev.setMaster();
  mdm_remember(pdev);
  return 0;
}

export const mdm_driver: pci.Driver<MdmData> = {
  name: 'mdm_pci',
  idTable: [{ vendor: 0x17cb, device: 0x0306 }],
  probe(pdev) {
    const rc = mdm_setup(pdev); // expect: bindsafe/no-stored-bound-device
    return { ok: rc === 0 };
  },
};
