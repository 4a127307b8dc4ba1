// Mux helpers built on the table helpers.
import { dropKey, type PinTable } from './table.js';

export function unmuxAll(table: PinTable, pins: readonly string[]): number {
  let n = 0;
  for (const pin of pins) if (dropKey(table, pin)) n++;
  return n;
}
