// Retirement: unplugs a registration and reports how long it took.
import type { drm } from '@bindsafe/kernel';

export async function retire<D extends drm.AnyDriver>(reg: drm.Registration<D>): Promise<number> {
  const started = Date.now();
  await reg.drop();
  return Date.now() - started;
}
