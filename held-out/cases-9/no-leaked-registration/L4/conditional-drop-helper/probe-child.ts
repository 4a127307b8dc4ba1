import { auxiliary, type device } from '@bindsafe/kernel';

export interface ProbeOptions {
  readonly keepOnFailure?: boolean;
}

/** Makes a diagnostics child and drops it unless told to keep it for inspection. */
export function runDiagnostics(dev: device.Device<device.Bound>, { keepOnFailure = false }: ProbeOptions = {}): string {
  const diag = auxiliary.Registration.new(dev, 'diag', 0, 'held9_nvme');
  const verdict = diag.name === 'diag' ? 'pass' : 'fail';
  if (!keepOnFailure) {
    void diag.drop();
  }
  return verdict;
}
