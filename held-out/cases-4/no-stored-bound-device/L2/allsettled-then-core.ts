// Firmware checks run with Promise.allSettled; the `.then` callback logs through probe's Device<Core> after probe has returned. [class 5]
import type { devres, pci } from '@bindsafe/kernel';

async function checkCrc(image: Uint8Array): Promise<number> {
  let crc = 0;
  for (const byte of image) crc = (crc + byte) & 0xffff;
  return crc;
}

async function checkVersion(image: Uint8Array): Promise<number> {
  if (image.length < 4) throw new Error('firmware too short');
  return image[3] ?? 0;
}

export const wifiDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly firmware: Uint8Array }> = {
  name: 'held-wifi',
  idTable: [{ vendor: 0x14c3, device: 0x0608 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const regs = pdev.iomapRegion(0, 'held-wifi');
    const firmware = new Uint8Array([0x4d, 0x54, 0x4b, 0x07]);
    const checks = [checkCrc(firmware), checkVersion(firmware)];
    void Promise.allSettled(checks).then((results) => dev.info(`${results.filter((r) => r.status === 'fulfilled').length}/2 firmware checks passed`)); // expect: bindsafe/no-stored-bound-device
    return { regs, firmware };
  },
};
