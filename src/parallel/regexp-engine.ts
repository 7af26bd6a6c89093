/**
 * Compile regular expressions to machine code on their first use.
 *
 * Why: by default V8 first runs a regular expression in its bytecode interpreter and
 * compiles it only after it has been used, and it drops compiled regular-expression code
 * again in garbage collections. Extraction runs some hundred long alternations over every
 * sentence while allocating heavily, so many of them kept going back to the interpreter:
 * with this flag the pipeline over 1,000 generated articles on one thread took 9.1-9.9 s
 * of CPU instead of 12.2-12.9 s (bench/lib/pipeline-probe.ts, runs alternated). Matching
 * is the same either way; only how V8 runs it changes. V8's flags are the process's, so
 * worker threads started afterwards compile the same way.
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

export function compileRegExpsOnFirstUse(): void {
  if (set) return;
  setFlagsFromString('--no-regexp-tier-up');
  set = true;
}
