// A PCI sensor hub mixes a Rebindable capability into its data class; the mixin's @unsafe method is called with a SAFETY comment.
import type { device, pci } from '@bindsafe/kernel';

type Ctor<T = object> = abstract new (...args: any[]) => T;

function Rebindable<TBase extends Ctor<{ readonly handle: device.Device<device.Normal> }>>(Base: TBase) {
  abstract class WithRebind extends Base {
    /**
     * @unsafe The caller must guarantee the device is bound during the call.
     */
    rebindName(): string {
      // SAFETY: forwarded from rebindName's contract.
      return this.handle.unsafeAsBound().name;
    }
  }
  return WithRebind;
}

class HubBase {
  constructor(readonly handle: device.Device<device.Normal>) {}
}

class HubData extends Rebindable(HubBase) {}

export const driver: pci.Driver<HubData> = {
  name: 'held8-hub-mixin',
  idTable: [{ vendor: 0x8087, device: 0x0ac2 }],
  probe(pdev) {
    return new HubData(pdev.asRef().toNormal());
  },
  unbind(_pdev, data) {
    // SAFETY: unbind of the hub itself, bound until it returns.
    const owner = data.rebindName();
    data.handle.info(`hub: ${owner} sensors off`);
  },
};
