// Creates the SerDes PHY child of a PCI switch.
import { auxiliary, type device } from '@bindsafe/kernel';

export default function makePhy(parent: device.Device<device.Bound>, lane = 0): auxiliary.Registration {
  return auxiliary.Registration.new(parent, 'serdes-phy', lane, 'ksz_lite');
}
