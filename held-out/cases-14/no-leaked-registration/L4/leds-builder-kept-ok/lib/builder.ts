// The LED controller's channel builder: one child per color, collected in a ChannelSet.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface ChannelSet {
  readonly regs: auxiliary.Registration[];
  readonly colors: readonly string[];
}

export function buildChannels(parent: device.Device<device.Bound>, colors: readonly string[]): ChannelSet {
  const set: ChannelSet = { regs: [], colors };
  colors.forEach((color, i) => set.regs.push(auxiliary.Registration.new(parent, color, i, 'leds_pci')));
  return set;
}
