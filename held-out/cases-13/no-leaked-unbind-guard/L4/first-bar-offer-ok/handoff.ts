const first = Promise.withResolvers<number>();

/** The first VRAM size offered wins; later offers are ignored by the promise. */
export const offer = (vramSize: number): void => first.resolve(vramSize);

export const firstVram = (): Promise<number> => first.promise;
