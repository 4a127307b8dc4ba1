import { auxiliary, type device } from '@bindsafe/kernel';

const live = new Map<string, auxiliary.Registration>();

/** Registers a PHY child and remembers it in the module-wide table. */
export function trackPhy(parent: device.Device<device.Bound>, lane: number): string {
  const reg = auxiliary.Registration.new(parent, 'phy', lane, 'pcie_phy');
  live.set(reg.name, reg);
  return reg.name;
}

export function livePhys(): number {
  return live.size;
}
