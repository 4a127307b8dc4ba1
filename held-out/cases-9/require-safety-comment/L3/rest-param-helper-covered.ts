// A platform clock controller's @unsafe helper takes its handles as rest parameters; both the helper's inner call and the caller carry SAFETY comments.
import type { device, platform } from '@bindsafe/kernel';

/** @unsafe Every handle must name a device that is still bound. */
function boundNames(...handles: device.Device[]): string[] {
  // SAFETY: the tag makes every handle's binding the caller's guarantee.
  return handles.map((h) => h.unsafeAsBound().name);
}

interface ClkData {
  readonly self: device.Device;
  readonly parent: device.Device;
}

export const clkDriver: platform.Driver<ClkData> = {
  name: 'h9-clk',
  idTable: [{ compatible: 'acme,clk' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { self: handle, parent: handle };
  },
  unbind(pdev, data) {
    // SAFETY: both handles are this device, bound until unbind returns.
    const names = boundNames(data.self, data.parent);
    pdev.asRef().info(`gating ${names.join(' and ')}`);
  },
};
