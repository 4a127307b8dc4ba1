// A platform bus bridge passes its whole data to a helper that clears the children Map it holds.
import type { device, platform } from '@bindsafe/kernel';

interface BridgeData {
  readonly children: Map<string, number>;
  readonly depth: number;
}

function detachAll(bridge: Readonly<BridgeData>): number {
  const n = bridge.children.size;
  bridge.children.clear();
  return n;
}

export const bridgeDriver: platform.Driver<BridgeData> = {
  name: 'h8-bridge',
  idTable: [{ compatible: 'acme,simple-bridge' }],
  probe(_pdev: platform.Device<device.Core>): BridgeData {
    return { children: new Map([['uart@1000', 1]]), depth: 1 };
  },
  unbind(pdev, data) {
    const detached = detachAll(data); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`h8-bridge: ${detached} children detached`);
  },
};
