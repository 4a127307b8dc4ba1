// A class-based camera bridge registers its optional ISP child behind a feature flag and keeps nothing.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const FEATURES = { isp: true, csi: false } as const;

interface BridgeData {
  readonly lanes: number;
}

class CameraBridgeDriver implements platform.Driver<BridgeData> {
  readonly name = 'cam-bridge';
  readonly idTable = [{ compatible: 'acme,cam-bridge' }] as const;

  probe(pdev: platform.Device<device.Core>): BridgeData {
    if (FEATURES.isp) {
      auxiliary.Registration.new(pdev.asRef(), 'isp', 0, 'cam_bridge'); // expect: bindsafe/no-leaked-registration
    }
    return { lanes: FEATURES.csi ? 4 : 2 };
  }
}

export const cameraBridgeDriver = new CameraBridgeDriver();
