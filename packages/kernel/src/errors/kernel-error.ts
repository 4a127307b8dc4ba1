/**
 * A kernel error number, spelled as in the kernel (`'EINVAL'`, `'ENODEV'`, …). Any string is
 * accepted so that drivers can return the errno they mean; the common ones are listed for
 * completion in editors.
 *
 * Invariants: upper-case `E…` names by convention; the model itself only uses the listed ones.
 */
export type Errno =
  | 'EINVAL'
  | 'ENODEV'
  | 'ENXIO'
  | 'ENOMEM'
  | 'ENOENT'
  | 'ETIMEDOUT'
  | 'EBUSY'
  | 'ERANGE'
  | 'EPERM'
  | 'EIO'
  | 'EAGAIN'
  | 'EEXIST'
  | 'EFAULT'
  | (string & {});

/**
 * The error every part of the model throws: an errno `code` and a message. Drivers throw it from
 * `probe` to fail the probe (the model then releases everything probe created) and from ioctl
 * handlers to fail the ioctl.
 *
 * Invariants: `code` is a non-empty errno string; `message` always starts with the code when no
 * message was given.
 */
export class KernelError extends Error {
  readonly code: Errno;

  constructor(code: Errno, message?: string) {
    super(message ?? `${code}`);
    this.name = 'KernelError';
    this.code = code;
  }
}
