// A sensor driver's outer SAFETY comment covers nothing: the only unsafe call is in a callback with its own comment.
import type { device, platform } from '@bindsafe/kernel';

interface SensorData {
  readonly handles: readonly device.Device<device.Normal>[];
}

export const driver: platform.Driver<SensorData> = {
  name: 'held-sensor-shadow',
  idTable: [{ compatible: 'vendor,sensor-array' }],
  probe(pdev) {
    return { handles: [pdev.asRef().toNormal()] };
  },
  unbind(_pdev, data) {
    // SAFETY: all handles are this device's, bound during unbind. // expect: bindsafe/require-safety-comment
    for (const h of data.handles.filter((x) => x.name.length > 0)) {
      const report = () => {
        // SAFETY: called synchronously below, still inside unbind.
        h.unsafeAsBound().info('sensor offline');
      };
      report();
    }
  },
};
