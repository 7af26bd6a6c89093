/**
 * Runs a batch of per-article extraction jobs on worker threads and waits for them
 * synchronously, so the pipeline stays a plain function: the main thread sleeps in
 * `Atomics.wait` while the workers work and takes their answers with
 * `receiveMessageOnPort`. Results come back in input order, so the build is the same
 * whatever the number of threads.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { attempt, type JobResult } from './job-result.ts';
import type { ExtractionTasks, TaskKnowledge, TaskName } from './tasks.ts';

/** What the main thread sends a worker, and what comes back. */
export interface JobBatch {
  batch: number;
  task: TaskName;
  inputs: unknown[];
}
export interface BatchResult {
  batch: number;
  results: JobResult<unknown>[];
}

/** Jobs per message: large enough to make messages cheap, small enough to share work evenly. */
const BATCH_SIZE = 32;
/** Without an answer for this long, the pool is given up and the main thread does the rest. */
const STALL_MS = 120_000;

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  busy: number | null;
}

export class SyncWorkerPool {
  private readonly workers: PoolWorker[] = [];
  /** Incremented by a worker after each answer; the main thread sleeps on it. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));

  constructor(threads: number, knowledge: TaskKnowledge) {
    const boot = new URL('./boot.mjs', import.meta.url);
    const entry = new URL('./worker.ts', import.meta.url).href;
    for (let i = 0; i < threads; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(boot, { workerData: { entry, port: port2, signal: this.signal, knowledge }, transferList: [port2] });
      // A worker must never keep the build (or `npm run serve`'s restarts) alive on its own.
      worker.unref();
      this.workers.push({ worker, port: port1, busy: null });
    }
  }

  /**
   * Each input's result, in order. Jobs the pool could not finish (a worker failed to start
   * or died) are done by `fallback` in this thread.
   */
  run<K extends TaskName>(task: K, inputs: readonly Parameters<ExtractionTasks[K]>[0][], fallback: ExtractionTasks): JobResult<ReturnType<ExtractionTasks[K]>>[] {
    type Output = ReturnType<ExtractionTasks[K]>;
    const results: (JobResult<Output> | undefined)[] = new Array(inputs.length);
    const batches: number[][] = [];
    for (let start = 0; start < inputs.length; start += BATCH_SIZE) batches.push(range(start, Math.min(start + BATCH_SIZE, inputs.length)));
    let next = 0;
    let open = 0;
    const dispatch = (w: PoolWorker) => {
      if (next >= batches.length) return;
      const batch = next++;
      w.busy = batch;
      open++;
      const message: JobBatch = { batch, task, inputs: batches[batch]!.map((i) => inputs[i]) };
      w.port.postMessage(message);
    };
    for (const w of this.workers) dispatch(w);

    let lastProgress = Date.now();
    while (open > 0) {
      const seen = Atomics.load(this.signal, 0);
      let progressed = false;
      for (const w of this.workers) {
        const received = receiveMessageOnPort(w.port) as { message: BatchResult } | undefined;
        if (!received) continue;
        const { batch, results: answers } = received.message;
        batches[batch]!.forEach((index, i) => (results[index] = answers[i] as JobResult<Output>));
        w.busy = null;
        open--;
        progressed = true;
        dispatch(w);
      }
      if (progressed) {
        lastProgress = Date.now();
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) break;
      // A short wait: an answer posted just before the signal is bumped is seen on the next round.
      Atomics.wait(this.signal, 0, seen, 50);
    }

    // Whatever the workers did not answer (none, unless one failed) is done here.
    const compute = fallback[task] as (input: Parameters<ExtractionTasks[K]>[0]) => Output;
    return inputs.map((input, i) => results[i] ?? attempt(() => compute(input)));
  }

  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
