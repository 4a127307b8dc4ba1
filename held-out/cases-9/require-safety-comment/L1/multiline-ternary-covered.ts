// A platform camera ISP's SAFETY comment above a multi-line ternary covers the unsafe calls in both of its branches.
import type { device, platform } from '@bindsafe/kernel';

interface IspData {
  readonly sensor: device.Device;
  readonly bridge: device.Device;
  readonly useBridge: boolean;
}

export const ispDriver: platform.Driver<IspData> = {
  name: 'h9-isp',
  idTable: [{ compatible: 'acme,isp' }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { sensor: handle, bridge: handle, useBridge: false };
  },
  unbind(pdev, data) {
    // SAFETY: both handles name the device being unbound, which stays bound until unbind returns.
    const label = data.useBridge
      ? data.bridge.unsafeAsBound().name
      : data.sensor.unsafeAsBound().name;
    pdev.asRef().info(`isp ${label} stopped`);
  },
};
