// DRM setup helpers of an auxiliary display driver: they only need the Uninit view, and say why.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export function setupName(udev: drm.UnregisteredDevice<AuxDrm>): string {
  // SAFETY: an unregistered device is in the Uninit context, the only one asked for.
  const view = udev.assumeCtx();
  return `${view.name}-setup`;
}
