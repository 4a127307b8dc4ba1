import { auxiliary, type device } from '@bindsafe/kernel';

export default function makeBridge(parent: device.Device<device.Bound>, id = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'bridge', id, 'ntb');
}
