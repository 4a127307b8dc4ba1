// A retire path drops every registration with Promise.allSettled, then hands each device to the post-mortem module.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { bury, summary } from './postmortem.js';

export async function retireAll(regs: readonly drm.Registration<AuxDrm>[]): Promise<string[]> {
  const results = await Promise.allSettled(regs.map((reg) => reg.drop()));
  const lines: string[] = [];
  for (const [i, reg] of regs.entries()) {
    const dev = reg.device();
    const outcome = results[i]?.status ?? 'unknown';
    lines.push(`${summary(dev)} (${outcome}, #${bury(dev)})`);
  }
  return lines;
}
