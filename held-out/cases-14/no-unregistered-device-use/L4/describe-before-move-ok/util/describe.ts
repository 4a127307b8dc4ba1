// Generic naming helpers for DRM nodes.
import type { drm } from '@bindsafe/kernel';

export type HasName = Pick<drm.UnregisteredDevice<drm.AnyDriver>, 'name'>;

export function describe<T extends HasName>(node: T, suffix = ''): string {
  return `${node.name}${suffix}`;
}
