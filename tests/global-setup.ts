import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A temporary folder for this test run, shared by every test file (removed at the end). */
    runDir: string;
  }
}

/** Runs once per `vitest run`, before any test file: cheap (no build here, see tests/site/seed-site.ts). */
export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(path.join(tmpdir(), 'peace-timeline-run-'));
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
