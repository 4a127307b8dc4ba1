// Helper module: a module-level ledger of Devres containers (the containers, never their contents).
import type { devres } from '@bindsafe/kernel';

export const ledger: devres.Devres<unknown>[] = [];

export function enroll<T>(res: devres.Devres<T>): devres.Devres<T> {
  ledger.push(res);
  return res;
}
