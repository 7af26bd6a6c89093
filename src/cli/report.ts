import { formatDiagnostic, hasErrors, summarizeDiagnostics } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';

/** Prints every problem, one a line, then a one-line summary; returns whether any is an error. */
export function printReport(diagnostics: readonly Diagnostic[], filesSeen: number, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): boolean {
  for (const d of diagnostics) write(formatDiagnostic(d));
  write(summarizeDiagnostics(diagnostics, filesSeen));
  return hasErrors(diagnostics);
}
