export { registerWindow, windowCount } from './registry.js';
export type { platform } from '@bindsafe/kernel';
