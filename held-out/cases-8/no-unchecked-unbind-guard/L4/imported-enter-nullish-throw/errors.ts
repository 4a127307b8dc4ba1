// Error helpers of the driver.
export class ENODEVError extends Error {
  readonly errno = -19;
}

export function unplugged(name: string): never {
  throw new ENODEVError(`${name}: unplugged`);
}
