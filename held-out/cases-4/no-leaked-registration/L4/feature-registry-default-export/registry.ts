// A module-level registry of feature children, filled by its default export.
import { auxiliary, type device } from '@bindsafe/kernel';

const features = new Map<string, auxiliary.Registration>();

export default function enableFeature(parent: device.Device<device.Bound>, feature: string): number {
  features.set(feature, auxiliary.Registration.new(parent, feature, features.size, 'held4_soc'));
  return features.size;
}

export function enabledFeatures(): string[] {
  return [...features.keys()];
}
