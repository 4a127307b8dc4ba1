// A vblank counter asserts the singleton service's guard non-null inside an async method.
import { pause } from '../../../../cases/_shared/timing.js';
import { heads } from './service.js';

export class VblankCounter {
  count = 0;

  async tick(): Promise<number> {
    await pause();
    using guard = heads.guard()!; // expect: bindsafe/no-unchecked-unbind-guard
    this.count += guard.parent.id > 0 ? 1 : 0;
    return this.count;
  }
}
