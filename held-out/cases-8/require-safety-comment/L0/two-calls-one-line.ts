// A PCI bridge compares two bound names on one line: one SAFETY comment covers both unsafe calls of the statement.
import type { device, pci } from '@bindsafe/kernel';

interface BridgeData {
  readonly upstream: device.Device<device.Normal>;
  readonly downstream: device.Device<device.Normal>;
}

export const driver: pci.Driver<BridgeData> = {
  name: 'held8-bridge-one-line',
  idTable: [{ vendor: 0x104c, device: 0x8240 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { upstream: handle, downstream: handle };
  },
  unbind(pdev, data) {
    // SAFETY: both handles refer to the device being unbound, still bound during this callback.
    const same = data.upstream.unsafeAsBound().name === data.downstream.unsafeAsBound().name;
    if (!same) pdev.asRef().info('bridge: handles disagree');
  },
};
