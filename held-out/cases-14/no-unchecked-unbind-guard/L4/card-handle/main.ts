// A fleet-wide VRAM query runs one async task per imported CardHandle under Promise.all and asserts each handle.enter() result. [class 5, class 7]
import { pause } from '../../../../cases/_shared/timing.js';
import type { CardHandle } from './model/card-handle.js';

export async function vramBySlot(handles: readonly CardHandle[]): Promise<Map<number, number>> {
  const entries = await Promise.all(
    handles.map(async (handle) => {
      await pause(handle.slot);
      using guard = handle.enter()!; // expect: bindsafe/no-unchecked-unbind-guard
      return [handle.slot, guard.registrationDataWith((_pdev, data) => data.vramSize)] as const;
    }),
  );
  return new Map(entries);
}
