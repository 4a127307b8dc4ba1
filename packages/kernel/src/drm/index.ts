export type { Uninit, Registered } from './context.js';
export type {
  Driver,
  DriverInfo,
  BusName,
  ParentDevices,
  ParentDevice,
  AnyDriver,
  DataOf,
  RegDataOf,
  FileDataOf,
  BusOf,
  IoctlArgsOf,
  IoctlHandler,
} from './driver.js';
export { Device } from './device.js';
export { UnregisteredDevice } from './unregistered-device.js';
export { Registration } from './registration.js';
export { UnbindGuard } from './unbind-guard.js';
export { File } from './file.js';
