export async function* chunks(words: readonly number[]): AsyncGenerator<number> {
  for (const w of words) yield w;
}
