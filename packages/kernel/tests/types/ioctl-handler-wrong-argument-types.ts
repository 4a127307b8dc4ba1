// model.md "What tsc must reject": an ioctl handler with the wrong argument types.
import type { drm } from '@bindsafe/kernel';
import { file, registered, type FileData, type GetParam, type Ioctls, type PciDrm, type RegData } from './fixtures.js';

function getParam(_dev: drm.Device<PciDrm>, regData: RegData, arg: GetParam, _file: drm.File<FileData>): number {
  arg.value = regData.vramSize;
  return 0;
}

// Correct: handlers with the driver's own types, inline or from another module.
export const good: PciDrm = {
  info: { name: 'good', desc: 'good', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ opened: 1 }),
  ioctls: { getParam },
};
export const goodInline: PciDrm = {
  ...good,
  ioctls: {
    getParam: (_dev, regData, arg) => {
      arg.value = regData.vramSize;
      return 0;
    },
  },
};
registered.ioctl('getParam', { param: 1, value: 0 }, file);

function getParamWrongArg(_dev: drm.Device<PciDrm>, _regData: RegData, arg: { param: string }): number {
  return arg.param.length;
}
function getParamWrongRegData(_dev: drm.Device<PciDrm>, regData: { readonly vramSize: string }, _arg: GetParam): number {
  return regData.vramSize.length;
}
function getParamWrongFile(_dev: drm.Device<PciDrm>, _regData: RegData, _arg: GetParam, file: drm.File<{ secret: string }>): number {
  return file.inner().secret.length;
}

export const wrongArg: PciDrm = {
  ...good,
  // @ts-expect-error the handler's argument is not the driver's `GetParam`.
  ioctls: { getParam: getParamWrongArg },
};
export const wrongRegData: PciDrm = {
  ...good,
  // @ts-expect-error the handler's registration data is not the driver's `RegData`.
  ioctls: { getParam: getParamWrongRegData },
};
export const wrongFile: PciDrm = {
  ...good,
  // @ts-expect-error the handler's file data is not the driver's `FileData`.
  ioctls: { getParam: getParamWrongFile },
};
export const wrongInline: PciDrm = {
  ...good,
  ioctls: {
    // @ts-expect-error an inline handler annotated with the wrong argument type.
    getParam: (_dev, _regData, arg: { param: string }) => arg.param.length,
  },
};
export const wrongResult: PciDrm = {
  ...good,
  ioctls: {
    // @ts-expect-error a handler must return a number (a u32), not a string.
    getParam: () => 'ok',
  },
};
// @ts-expect-error issuing an ioctl with the wrong argument type.
registered.ioctl('getParam', { param: 'vram' }, file);
// @ts-expect-error issuing an ioctl the driver does not have.
registered.ioctl('setParam', { param: 1, value: 0 }, file);
export type { Ioctls };
