// A PCI Wi-Fi driver imports a default-exported @unsafe boot routine under its own name and awaits it under a /* SAFETY: */ block. [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import startFw from './fw.js';

export class WifiData {
  fwVersion = 0;

  constructor(
    readonly handle: pci.Device,
    readonly regs: devres.Devres<pci.Bar>,
  ) {}

  async resume(): Promise<void> {
    /* SAFETY: resume() is called by the PM core only while the driver is bound (it is
       unregistered from PM in the data's destructor, before unbind completes). */
    this.fwVersion = await startFw(this.handle, this.regs);
    this.handle.asRef().info(`firmware ${this.fwVersion.toString(16)} running`);
  }
}

export const wifiDriver: pci.Driver<WifiData> = {
  name: 'held-wifi',
  idTable: [{ vendor: 0x17cb, device: 0x1103 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    return new WifiData(pdev.toNormal(), pdev.iomapRegion(0, 'held-wifi'));
  },
};
