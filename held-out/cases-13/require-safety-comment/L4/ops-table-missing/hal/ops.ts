// The DMA ring ops table the driver modules dispatch through.
import { kickUnchecked, ringLabel } from './kick.js';

const ringOps = {
  kick: kickUnchecked,
  label: ringLabel,
} as const;

export default ringOps;
export type RingOps = typeof ringOps;
