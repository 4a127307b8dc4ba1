// A SAFETY comment above `const dev = proof !== undefined ? proof : handle…unsafeAsBound()` covers the unsafe call in the ternary's branch.
import type { device, devres, platform } from '@bindsafe/kernel';

export interface CanData {
  readonly handle: platform.Device;
  readonly mem: devres.Devres<platform.IoMem>;
}

export function busOff(data: CanData, proof?: device.Device<device.Bound>): boolean {
  // SAFETY: busOff() is only called from the CAN core's error path, which runs under the driver's
  // binding (its netdev is unregistered in the driver data's destructor, before unbind completes).
  const dev = proof !== undefined ? proof : data.handle.asRef().unsafeAsBound();
  return (data.mem.access(dev).read32(0x08) & 0x80) !== 0;
}

export const canDriver: platform.Driver<CanData> = {
  name: 'held-flexcan',
  idTable: [{ compatible: 'fsl,imx6q-flexcan' }],
  probe(pdev) {
    const data = { handle: pdev.toNormal(), mem: pdev.iomapResource(0) };
    if (busOff(data, pdev.asRef())) pdev.asRef().info('controller starts bus-off');
    return data;
  },
};
