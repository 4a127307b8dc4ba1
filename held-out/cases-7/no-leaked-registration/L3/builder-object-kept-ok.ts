// A camera sensor hub's builder helper returns an object holding its children; probe returns that object as the data.
import { auxiliary, type device, type platform } from '@bindsafe/kernel';

interface CsiData {
  readonly front: auxiliary.Registration;
  readonly rear: auxiliary.Registration;
  readonly built: number;
}

function buildCsi(parent: device.Device<device.Bound>): CsiData {
  const mk = (name: string) => auxiliary.Registration.new(parent, name, 0, 'held7_csi');
  return { front: mk('csi-front'), rear: mk('csi-rear'), built: Date.now() };
}

export const csiDriver: platform.Driver<CsiData> = {
  name: 'held7-csi',
  idTable: [{ compatible: 'vendor,csi2' }],
  probe(pdev) {
    return buildCsi(pdev.asRef());
  },
};
