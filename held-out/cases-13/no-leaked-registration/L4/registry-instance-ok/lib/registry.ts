import { auxiliary, type device } from '@bindsafe/kernel';

/** A per-binding table of PHY children; the owner keeps the instance. */
export class PhyRegistry {
  readonly live = new Map<string, auxiliary.Registration>();

  track(parent: device.Device<device.Bound>, lane: number): string {
    const reg = auxiliary.Registration.new(parent, 'phy', lane, 'pcie_phy');
    this.live.set(reg.name, reg);
    return reg.name;
  }
}
