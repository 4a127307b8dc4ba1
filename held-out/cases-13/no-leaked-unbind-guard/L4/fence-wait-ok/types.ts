import type { drm, pci } from '@bindsafe/kernel';

export interface FenceRegData {
  readonly bar: pci.Bar;
  readonly seqnoOffset: number;
}
export interface WaitArg {
  timeoutMs: number;
  seqno: number;
}
export type FenceDrm = drm.Driver<{ readonly name: string }, FenceRegData, {}, 'pci', { readonly wait: WaitArg }>;
