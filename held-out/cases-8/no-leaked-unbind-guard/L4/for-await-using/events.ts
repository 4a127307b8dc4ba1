// Helper module: an async stream of ring completion events.
import { pause } from '../../../../cases/_shared/timing.js';

export interface Completion {
  readonly ring: number;
  readonly seqno: number;
}

export async function* completions(count: number): AsyncGenerator<Completion> {
  for (let i = 0; i < count; i++) {
    await pause(1);
    yield { ring: i % 4, seqno: i };
  }
}
