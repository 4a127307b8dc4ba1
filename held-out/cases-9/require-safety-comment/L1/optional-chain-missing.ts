// A PCI SMBus controller reaches an optional companion handle with optional chaining and re-proves it without a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

interface SmbusData {
  readonly handle: device.Device;
  readonly companion?: device.Device;
}

export function companionName(data: SmbusData): string {
  const name = data.companion?.unsafeAsBound().name ?? 'none'; // expect: bindsafe/require-safety-comment
  return name;
}

export const smbusDriver: pci.Driver<SmbusData> = {
  name: 'h9-smbus',
  idTable: [{ vendor: 0x8086, device: 0x51a3 }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`companion ${companionName(data)}`);
  },
};
