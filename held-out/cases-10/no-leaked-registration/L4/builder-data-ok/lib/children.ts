// Helper module for builder-data-ok.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
export interface Bundle {
  readonly audio: auxiliary.Registration;
  readonly video: auxiliary.Registration;
}

export function buildBundle(parent: pci.Device<device.Bound>): Bundle {
  return {
    audio: auxiliary.Registration.new(parent.asRef(), 'audio', 0, 'held10'),
    video: auxiliary.Registration.new(parent.asRef(), 'video', 1, 'held10'),
  };
}
