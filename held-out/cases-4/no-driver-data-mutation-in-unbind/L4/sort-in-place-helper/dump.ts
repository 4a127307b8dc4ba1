// Crash-dump formatting: orders the entries it is given (in place, as Array#sort does) and renders them.
export interface DumpEntry {
  readonly reg: number;
  readonly value: number;
}

export function orderForDump(entries: DumpEntry[]): string {
  return entries
    .sort((a, b) => a.reg - b.reg)
    .map((e) => `${e.reg.toString(16)}=${e.value.toString(16)}`)
    .join(' ');
}
