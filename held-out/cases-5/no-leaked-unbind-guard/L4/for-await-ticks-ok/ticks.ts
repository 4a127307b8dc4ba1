// The helper module: an async generator of scheduler ticks.
import { pause } from '../../../../cases/_shared/timing.js';

export async function* ticks(count: number, periodMs = 1): AsyncGenerator<number, void, undefined> {
  for (let n = 0; n < count; n++) {
    await pause(periodMs);
    yield n;
  }
}
