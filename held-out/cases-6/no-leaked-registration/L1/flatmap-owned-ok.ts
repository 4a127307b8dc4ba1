// A camera bridge flattens sensors × pads into child registrations with `flatMap`, kept in the data.
import { auxiliary, type platform } from '@bindsafe/kernel';

const SENSORS = [
  { name: 'imx219', pads: 2 },
  { name: 'ov5640', pads: 1 },
] as const;

interface BridgeData {
  readonly pads: auxiliary.Registration[];
}

export const driver: platform.Driver<BridgeData> = {
  name: 'held6-csi-bridge',
  idTable: [{ compatible: 'vendor,csi2-bridge' }],
  probe(pdev) {
    const parent = pdev.asRef();
    const pads = SENSORS.flatMap((s, si) =>
      Array.from({ length: s.pads }, (_, p) => auxiliary.Registration.new(parent, `${s.name}-pad`, si * 10 + p, 'held6_csi')),
    );
    return { pads };
  },
};
