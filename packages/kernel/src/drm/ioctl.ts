import { captureSite } from '../errors/call-site.js';
import { KernelError } from '../errors/kernel-error.js';
import { GuardedGraph } from '../sync/guarded-value.js';
import type { DrmState } from './drm-state.js';
import { fileState, type File } from './file.js';

type AnyHandler = (dev: unknown, regData: unknown, arg: unknown, file: unknown) => unknown;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** An ioctl result must fit a `u32` (Rust: `try_into`, or `ERANGE`). */
function checkResult(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new KernelError('ERANGE', `ioctl ${name} returned ${String(value)}, which is not a u32`);
  }
  return value;
}

/**
 * Dispatches an ioctl the way the generated kernel function does: take a critical section or fail
 * with `ENODEV` (the device is unplugged), run the handler with the registration data inside it,
 * leave the section when the handler returns (an async handler's continuation after `await` runs
 * outside it), check the result is a `u32`. `EINVAL` for an unknown ioctl, a file of another
 * device, or something that is not a `drm.File`.
 */
export function dispatchIoctl(state: DrmState, handle: object, name: string, arg: unknown, file: File<unknown>): number | Promise<number> {
  const handler = (state.driver.ioctls as Record<string, unknown>)[name];
  if (typeof handler !== 'function' || !Object.hasOwn(state.driver.ioctls, name)) {
    throw new KernelError('EINVAL', `ioctl ${name}: ${state.label} has no such ioctl`);
  }
  const fileOwner = fileState(file);
  if (fileOwner === undefined) throw new KernelError('EINVAL', `ioctl ${name}: the file is not a drm.File made by the model`);
  if (fileOwner !== state) throw new KernelError('EINVAL', `ioctl ${name}: the file belongs to another drm device`);
  const domain = state.registeredDomain(`ioctl ${name}`);
  const section = domain.enter(`the ioctl ${name} of ${state.label}`, captureSite());
  if (section === undefined) {
    const error = new KernelError('ENODEV', `ioctl ${name}: ${state.label} has been unplugged`);
    state.emit('ioctl-failed', `${name}: ENODEV`, error);
    throw error;
  }
  let result: unknown;
  try {
    const regData = new GuardedGraph(section.scope, `the registration data of ${state.label}`).wrap(state.regData);
    // SAFETY: `handler` is a function of the driver's own table; `arg` and `file` were typed
    // against that table by `drm.Device.ioctl`, and `regData` is the driver's registration data.
    result = (handler as AnyHandler).call(state.driver.ioctls, handle, regData, arg, file);
  } catch (error) {
    state.emit('ioctl-failed', `${name}: ${asError(error).message}`, asError(error));
    throw error;
  } finally {
    section.exit();
  }
  if (result instanceof Promise) {
    return result.then(
      (value: unknown) => {
        const checked = checkResult(name, value);
        state.emit('ioctl', `${name} -> ${checked} (async)`);
        return checked;
      },
      (error: unknown) => {
        state.emit('ioctl-failed', `${name}: ${asError(error).message}`, asError(error));
        throw error;
      },
    );
  }
  try {
    const checked = checkResult(name, result);
    state.emit('ioctl', `${name} -> ${checked}`);
    return checked;
  } catch (error) {
    state.emit('ioctl-failed', `${name}: ${asError(error).message}`, asError(error));
    throw error;
  }
}
