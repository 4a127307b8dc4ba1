// Helper module of static-ledger-close: a ledger utility class with a static method that empties an entry list.
export class Ledger {
  static readonly SEPARATOR = ';';

  static close(entries: string[]): string {
    const text = entries.join(Ledger.SEPARATOR);
    entries.length = 0;
    return text;
  }
}
