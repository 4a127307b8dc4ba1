// Shared declarations for the type tests: these files are type-checked by `tsc -p
// packages/kernel`, never run, so values are only declared.
import type { auxiliary, device, drm, pci, platform } from '@bindsafe/kernel';

export interface GetParam {
  param: number;
  value: number;
}

export interface Ioctls {
  readonly getParam: GetParam;
}

export interface RegData {
  readonly vramSize: number;
}

export interface FileData {
  readonly opened: number;
}

/** A DRM driver whose parent is a PCI device. */
export type PciDrm = drm.Driver<{ readonly name: string }, RegData, FileData, 'pci', Ioctls>;
/** A DRM driver whose parent is a platform device. */
export type PlatformDrm = drm.Driver<{ readonly name: string }, RegData, FileData, 'platform', Ioctls>;

export declare const pciCore: pci.Device<device.Core>;
export declare const pciBound: pci.Device<device.Bound>;
export declare const pciNormal: pci.Device;
export declare const platformCore: platform.Device<device.Core>;
export declare const platformBound: platform.Device<device.Bound>;
export declare const platformNormal: platform.Device;
export declare const auxBound: auxiliary.Device<device.Bound>;
export declare const genericBound: device.Device<device.Bound>;
export declare const genericNormal: device.Device;

export declare const pciDrmDriver: PciDrm;
export declare const platformDrmDriver: PlatformDrm;
export declare const udev: drm.UnregisteredDevice<PciDrm>;
export declare const registered: drm.Device<PciDrm>;
export declare const uninit: drm.Device<PciDrm, drm.Uninit>;
export declare const file: drm.File<FileData>;
