import type { platform } from '@bindsafe/kernel';

const windows: platform.IoMem[] = [];

export function registerWindow(io: platform.IoMem): number {
  windows.push(io);
  return windows.length - 1;
}

export const windowCount = (): number => windows.length;
