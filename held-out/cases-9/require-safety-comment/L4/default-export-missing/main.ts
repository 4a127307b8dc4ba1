// A platform USB PHY default-imports an @unsafe reset helper and calls it in an early-return branch without a SAFETY comment.
import type { device, devres, platform } from '@bindsafe/kernel';
import resetPhy from './reset.js';

interface PhyData {
  readonly handle: device.Device;
  readonly mem: devres.Devres<platform.IoMem>;
  readonly ports: number;
}

export const phyDriver: platform.Driver<PhyData> = {
  name: 'h9-usbphy',
  idTable: [{ compatible: 'acme,usb-phy' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal(), mem: pdev.iomapResource(0), ports: 2 };
  },
  unbind(pdev, data) {
    if (data.ports === 0) {
      return;
    }
    resetPhy(data.handle, data.mem); // expect: bindsafe/require-safety-comment
    pdev.asRef().info('phy reset');
  },
};
