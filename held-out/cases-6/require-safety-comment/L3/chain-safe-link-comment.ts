// A clock driver's same-file helper puts its SAFETY comment above the safe link of a multi-line chain.
import type { device, platform } from '@bindsafe/kernel';

function consumerLabel(handle: device.Device<device.Normal>): string {
  return handle
    // SAFETY: called from unbind only, while the device is bound. // expect: bindsafe/require-safety-comment
    .toNormal()
    .unsafeAsBound() // expect: bindsafe/require-safety-comment
    .name.toUpperCase();
}

export const driver: platform.Driver<{ readonly handle: device.Device<device.Normal> }> = {
  name: 'held-clk-chain',
  idTable: [{ compatible: 'vendor,clk-chain' }],
  probe(pdev) {
    return { handle: pdev.asRef().toNormal() };
  },
  unbind(_pdev, data) {
    data.handle.info(`releasing clocks for ${consumerLabel(data.handle)}`);
  },
};
