// model.md "What tsc must reject": mixing bus device types (pci vs platform).
import { drm, type device, type pci, type platform } from '@bindsafe/kernel';
import { auxBound, pciBound, pciDrmDriver, platformBound, platformDrmDriver } from './fixtures.js';

function usePci(dev: pci.Device<device.Bound>): number {
  return dev.vendorId;
}
function usePlatform(dev: platform.Device<device.Bound>): string {
  return dev.compatible;
}

// Correct: each bus device where its own bus is expected; the DRM parent follows `bus`.
usePci(pciBound);
usePlatform(platformBound);
drm.UnregisteredDevice.new(pciDrmDriver, pciBound, { name: 'x' });
drm.UnregisteredDevice.new(platformDrmDriver, platformBound, { name: 'x' });

// @ts-expect-error a platform device is not a PCI device.
usePci(platformBound);
// @ts-expect-error a PCI device is not a platform device.
usePlatform(pciBound);
// @ts-expect-error an auxiliary device is not a PCI device.
usePci(auxBound);
// @ts-expect-error the DRM driver's bus is 'pci': its parent must be a pci.Device.
drm.UnregisteredDevice.new(pciDrmDriver, platformBound, { name: 'x' });
// @ts-expect-error the DRM driver's bus is 'platform': its parent must be a platform.Device.
drm.UnregisteredDevice.new(platformDrmDriver, pciBound, { name: 'x' });
