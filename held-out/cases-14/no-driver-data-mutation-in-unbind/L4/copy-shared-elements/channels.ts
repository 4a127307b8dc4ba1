export interface Channel {
  readonly name: string;
  resets: number;
}

export const snapshot = <T>(items: readonly T[]): T[] => [...items];

export function resetFirst(list: readonly Channel[]): void {
  const first = list[0];
  if (first !== undefined) first.resets = 0;
}
