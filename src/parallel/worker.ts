/**
 * A worker thread of the extraction pool (src/parallel/sync-pool.ts): answers batches of
 * jobs on its port, then bumps the shared signal the main thread sleeps on.
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { attempt } from './job-result.ts';
import type { BatchResult, JobBatch } from './sync-pool.ts';
import { extractionTasks, type ExtractionTasks, type TaskKnowledge } from './tasks.ts';

const { port, signal, knowledge } = workerData as { port: MessagePort; signal: Int32Array; knowledge: TaskKnowledge };
const tasks: ExtractionTasks = extractionTasks(knowledge);

port.on('message', ({ run, batch, task, inputs }: JobBatch) => {
  let answer: BatchResult;
  try {
    const compute = tasks[task] as (input: unknown) => unknown;
    answer = { run, batch, results: inputs.map((input) => attempt(() => compute(input))) };
  } catch (error) {
    answer = { run, batch, fatal: error instanceof Error ? error.message : String(error) };
  }
  try {
    port.postMessage(answer);
  } catch (error) {
    port.postMessage({ run, batch, fatal: `answer not sent: ${error instanceof Error ? error.message : String(error)}` } satisfies BatchResult);
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
