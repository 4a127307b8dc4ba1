// [class 5] An async iterator drops registrations one by one and yields another module's post-mortem for each.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';
import { postmortem } from './report.js';

export async function* dropEach(regs: Iterable<drm.Registration<AuxDrm>>): AsyncGenerator<string> {
  for (const reg of regs) {
    await reg.drop();
    yield postmortem(reg.device().toNormal());
  }
}
