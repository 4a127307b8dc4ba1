// Plain module with no import of the model: a cache of objects in a module Set; never reported.
interface Handle { readonly name: string; read32(off: number): number }
const live = new Set<Handle>();
let last: Handle | undefined;

export function adopt(h: Handle): void {
  live.add(h);
  last = h;
}
export const lastName = (): string | undefined => last?.name;
