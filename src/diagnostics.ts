import type { Diagnostic, Severity } from './types.ts';

/** Builds a diagnostic; `line`/`column` are 1-based, and 1:1 means "the file as a whole". */
export function diagnostic(
  file: string,
  severity: Severity,
  code: string,
  message: string,
  line = 1,
  column = 1,
): Diagnostic {
  return { file, line, column, severity, code, message };
}

/**
 * `path:line:col: severity: message [code]`, one line, as compilers print it. File names and
 * messages quote the input, so control characters (a newline in a file name, a terminal
 * escape sequence in a front-matter key) and bidirectional overrides are shown as `\u{…}`:
 * they can neither break the one-line format nor act on the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const message = printable(d.message.replace(/[\r\n]+/g, ' '));
  return `${printable(d.file)}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.code}]`;
}

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Stable order: by file, then position, then code, so two runs print the same report. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareStrings(a.code, b.code) ||
      compareStrings(a.message, b.message),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** One line at the end of a report: "2 errors, 1 warning in 7 files". */
export function summarizeDiagnostics(list: readonly Diagnostic[], fileCount: number): string {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')} read`;
}

/** Code-point order: independent of the machine's locale, so output is deterministic. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
