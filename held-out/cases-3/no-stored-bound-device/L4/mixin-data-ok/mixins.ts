// A mixin that adds a statistics counter to any driver-data class.
export type Ctor<T = object> = abstract new (...args: any[]) => T;

export function WithStats<TBase extends Ctor>(Base: TBase) {
  abstract class Stats extends Base {
    hits = 0;
    hit(): number {
      return ++this.hits;
    }
  }
  return Stats;
}
