import type { pci } from '@bindsafe/kernel';

const first = Promise.withResolvers<pci.Bar>();

/** The first BAR offered wins; later offers are ignored by the promise. */
export const offer = (bar: pci.Bar): void => first.resolve(bar);

export const firstBar = (): Promise<pci.Bar> => first.promise;
