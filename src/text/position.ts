/**
 * The 1-based column in a file of an offset inside a block's text, found on the block's
 * source line (blocks are trimmed, so the line may start with spaces the block lacks).
 */
export function columnInLine(fileText: string, line: number, blockText: string, offset: number): number {
  const sourceLine = lineOf(fileText, line);
  const at = sourceLine.indexOf(blockText.slice(0, 20));
  return (at >= 0 ? at : 0) + offset + 1;
}

function lineOf(text: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}
