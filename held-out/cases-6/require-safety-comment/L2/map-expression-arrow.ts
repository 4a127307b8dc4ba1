// A clock driver maps handles to names with an expression-bodied arrow; the SAFETY comment is above the statement.
import type { device, platform } from '@bindsafe/kernel';

interface ClkData {
  readonly consumers: readonly device.Device<device.Normal>[];
}

export const driver: platform.Driver<ClkData> = {
  name: 'held-clk-names',
  idTable: [{ compatible: 'vendor,clk-gate' }],
  probe(pdev) {
    return { consumers: [pdev.asRef().toNormal()] };
  },
  unbind(pdev, data) {
    // SAFETY: the consumer list holds only this device, which is bound during its own unbind.
    const names = data.consumers.map((c) => c.unsafeAsBound().name);
    pdev.asRef().info(`gating clocks of ${names.join(', ')}`);
  },
};
