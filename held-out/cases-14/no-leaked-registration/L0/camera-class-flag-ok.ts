// A class-based camera bridge registers its optional ISP child behind a feature flag: returned when enabled, dropped when the lanes are too few. [class 1]
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

const FEATURES = { isp: true, minLanes: 2 } as const;

interface BridgeData {
  readonly lanes: number;
  readonly isp?: auxiliary.Registration;
}

class CameraBridgeDriver implements platform.Driver<BridgeData> {
  readonly name = 'cam-bridge';
  readonly idTable = [{ compatible: 'acme,cam-bridge' }] as const;

  constructor(private readonly lanes: number) {}

  probe(pdev: platform.Device<device.Core>): BridgeData {
    if (!FEATURES.isp) return { lanes: this.lanes };
    const isp = auxiliary.Registration.new(pdev.asRef(), 'isp', 0, 'cam_bridge');
    if (this.lanes < FEATURES.minLanes) {
      void isp.drop();
      return { lanes: this.lanes };
    }
    return { lanes: this.lanes, isp };
  }
}

export const cameraBridgeDriver = new CameraBridgeDriver(4);
