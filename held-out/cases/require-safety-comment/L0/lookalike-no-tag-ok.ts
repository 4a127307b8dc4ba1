// A method named unsafeAsBound without the @unsafe tag needs no comment.
export class Token {
  constructor(private readonly value: string) {}

  /** Returns the token marked as bound (no safety contract). */
  unsafeAsBound(): Token {
    return new Token(`${this.value}!`);
  }
}

export function mark(token: Token): Token {
  return token.unsafeAsBound();
}
