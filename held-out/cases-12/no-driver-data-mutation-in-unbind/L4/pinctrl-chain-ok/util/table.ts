// Low-level table helper: removes one key from a pin-function table.
export type PinTable = Record<string, 'gpio' | 'uart' | 'i2c'>;

export function dropKey(table: PinTable, pin: string): boolean {
  if (!(pin in table)) return false;
  delete table[pin];
  return true;
}
