// Helper module: the driver's own render-context tracker, whose assumeCtx() has no @unsafe tag.
export type RenderCtx = 'idle' | 'busy';

export class ContextTracker {
  #ctx: RenderCtx = 'idle';
  /** Records the context the render engine reports; purely bookkeeping. */
  assumeCtx(ctx: RenderCtx): RenderCtx {
    const previous = this.#ctx;
    this.#ctx = ctx;
    return previous;
  }
}
