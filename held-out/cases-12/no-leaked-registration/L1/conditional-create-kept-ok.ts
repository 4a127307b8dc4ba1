// A platform camera bridge creates its ISP child only for sensors that need it, in a conditional expression, and keeps it in its data. [class 8]
import { auxiliary, type platform } from '@bindsafe/kernel';

type SensorInfo = { readonly raw: boolean; readonly lanes: 1 | 2 | 4 };

interface CsiBridge {
  readonly lanes: number;
  readonly isp: auxiliary.Registration | undefined;
}

export const csiBridgeDriver: platform.Driver<CsiBridge, SensorInfo> = {
  name: 'csi-bridge',
  idTable: [
    { compatible: 'acme,csi-raw', info: { raw: true, lanes: 4 } },
    { compatible: 'acme,csi-yuv', info: { raw: false, lanes: 2 } },
  ],
  probe(pdev, info) {
    const { raw = false, lanes = 1 } = info ?? {};
    const isp = raw ? auxiliary.Registration.new(pdev.asRef(), 'isp', 0, 'csi_bridge') : undefined;
    pdev.asRef().info(`csi-bridge: ${lanes} lanes, isp ${isp ? 'on' : 'off'}`);
    return { lanes, isp };
  },
};
