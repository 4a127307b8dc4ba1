// A method named assumeCtx with only a @deprecated tag is not unsafe: no comment needed. [class 2]
export class Ctx {
  /**
   * Switches the context label.
   * @deprecated use `with()` instead.
   */
  assumeCtx(label: string): Ctx {
    return new Ctx();
  }
}

export function relabel(c: Ctx): Ctx {
  return c.assumeCtx('x');
}
