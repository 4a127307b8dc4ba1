// A same-file helper's default parameter value makes the unsafe call, and nothing justifies it.
import type { device, devres, pci } from '@bindsafe/kernel';

export interface MeiData {
  readonly handle: pci.Device;
  readonly regs: devres.Devres<pci.Bar>;
}

function hostReset(data: MeiData, dev: device.Device<device.Bound> = data.handle.asRef().unsafeAsBound()): void { // expect: bindsafe/require-safety-comment
  const bar = data.regs.access(dev);
  bar.write32(bar.read32(0x04) | 0x10, 0x04);
}

export function onFirmwareHang(data: MeiData): void {
  data.handle.asRef().info('firmware hang: resetting host interface');
  hostReset(data);
}

export const meiDriver: pci.Driver<MeiData> = {
  name: 'held-mei',
  idTable: [{ vendor: 0x8086, device: 0x7e70 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const data: MeiData = { handle: pdev.toNormal(), regs: pdev.iomapRegion(0, 'held-mei') };
    hostReset(data, pdev.asRef());
    return data;
  },
};
