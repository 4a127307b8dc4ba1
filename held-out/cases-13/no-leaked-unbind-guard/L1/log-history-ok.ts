// A log scraper copies the registration data's log lines (strings) into a module-level history, filtered. [class 2]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

const history: string[] = [];

const matching =
  (needle: string) =>
  (line: string): boolean =>
    line.includes(needle);

export const scrape = (dev: GpuDevice, needle: string): number => {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard.registrationDataWith((_parent, data) => {
    const lines = data.log.filter(matching(needle));
    history.push(...lines);
    return lines.length;
  });
};
