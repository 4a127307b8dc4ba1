// A platform hub walks a Map of child handles with destructuring in for...of, each call covered by a SAFETY comment in the loop.
import type { device, platform } from '@bindsafe/kernel';

interface HubData {
  readonly children: ReadonlyMap<number, device.Device>;
}

export const driver: platform.Driver<HubData> = {
  name: 'held-hub-map-loop',
  idTable: [{ compatible: 'vendor,usb-hub' }],
  probe(pdev) {
    const self = pdev.asRef().toNormal();
    return { children: new Map([[1, self]]) };
  },
  unbind(_pdev, data) {
    for (const [port, child] of data.children) {
      if (port === 0) continue;
      // SAFETY: the hub's children are this hub's own device here, bound while unbind runs.
      const bound = child.unsafeAsBound();
      bound.info(`port ${port} released`);
    }
  },
};
