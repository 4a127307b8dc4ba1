// Optional chaining, nullish defaults and destructuring defaults on guarded values.
import type { GpuDevice } from '../../_shared/gpu-drm.js';

export interface Info {
  readonly name: string;
  readonly rev: number;
  readonly lastLine: string;
}

export const infos = new Map<string, Info>();

export function info(dev: GpuDevice): Info | undefined {
  using guard = dev.unbindGuard();
  const name = guard?.parent.name ?? dev.name;
  const { revision: rev = 0 } = guard?.parent ?? {};
  const lastLine = guard?.registrationDataWith((_p, { log }) => log.at(-1)) ?? '';
  const result: Info = { name, rev, lastLine };
  infos.set(dev.name, result);
  return result;
}
