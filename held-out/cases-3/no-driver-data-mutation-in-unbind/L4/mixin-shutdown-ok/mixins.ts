// A mixin that gives a data class a locked shutdown method.
export type Ctor<T = object> = abstract new (...args: any[]) => T;

export function Stoppable<TBase extends Ctor>(Base: TBase) {
  abstract class WithStop extends Base {
    stopped = false;
    shutdown(): boolean {
      const was = this.stopped;
      this.stopped = true;
      return !was;
    }
  }
  return WithStop;
}
