/**
 * The CSPRNG handed to src/research (which may not touch Web Crypto itself): a function returning
 * uniformly random unsigned 32-bit integers from crypto.getRandomValues, drawn in small batches.
 */
export function cryptoRandomWords(): () => number {
  const batch = new Uint32Array(64);
  let next = batch.length;
  return () => {
    if (next >= batch.length) {
      crypto.getRandomValues(batch);
      next = 0;
    }
    const word = batch[next] ?? 0;
    batch[next] = 0;
    next += 1;
    return word;
  };
}
