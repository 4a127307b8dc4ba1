// A watchdog loop pets each card on every round through a barrel-imported touch() helper and discards the guard it returns. [class 1, class 5]
import { pause } from '../../../../cases/_shared/timing.js';
import { touch, type GpuDevice } from './lib/index.js';

export async function petLoop(cards: readonly GpuDevice[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const card of cards) {
      touch(card); // expect: bindsafe/no-unchecked-unbind-guard
    }
    await pause(100);
  }
}
