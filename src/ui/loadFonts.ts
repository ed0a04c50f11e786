/**
 * Waits for font faces (CSS font shorthands) to load, for at most `timeoutMs`. Phaser draws
 * text to canvas, where a face still loading is drawn in another font and stays so; but a
 * font file that does not come must not hold the game up. Never fails.
 */
export function loadFonts(faces: readonly string[], timeoutMs = 3000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  return Promise.race([
    Promise.all(faces.map((face) => document.fonts.load(face))),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]).then(
    () => undefined,
    () => undefined,
  );
}
