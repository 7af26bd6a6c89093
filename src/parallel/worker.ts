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

port.on('message', ({ batch, task, inputs }: JobBatch) => {
  const run = tasks[task] as (input: unknown) => unknown;
  const answer: BatchResult = { batch, results: inputs.map((input) => attempt(() => run(input))) };
  port.postMessage(answer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
