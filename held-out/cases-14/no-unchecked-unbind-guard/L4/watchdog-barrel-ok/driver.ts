// A watchdog loop pets each card on every round through a barrel-imported ping() helper, whose boolean it may ignore. [class 1, class 5]
import { pause } from '../../../../cases/_shared/timing.js';
import { ping, type GpuDevice } from './lib/index.js';

export async function petLoop(cards: readonly GpuDevice[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const card of cards) {
      ping(card);
    }
    await pause(100);
  }
}
