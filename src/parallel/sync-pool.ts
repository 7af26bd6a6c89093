/**
 * Runs a batch of per-article extraction jobs on worker threads and waits for them
 * synchronously, so the pipeline stays a plain function: the main thread sleeps in
 * `Atomics.wait` while the workers work and takes their answers with
 * `receiveMessageOnPort`. Results come back in input order, so the build is the same
 * whatever the number of threads. A worker that fails (cannot start, dies, stalls) is
 * dropped and its jobs are done in the main thread.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { attempt, type JobResult } from './job-result.ts';
import type { ExtractionTasks, TaskKnowledge, TaskName } from './tasks.ts';

/** What the main thread sends a worker, and what comes back (`fatal`: the worker gave up). */
export interface JobBatch {
  /** Which `run` call this batch belongs to: a late answer to an abandoned run is ignored. */
  run: number;
  batch: number;
  task: TaskName;
  inputs: unknown[];
}
export interface BatchResult {
  run?: number;
  batch?: number;
  results?: JobResult<unknown>[];
  fatal?: string;
}

/** Jobs per message: large enough to make messages cheap, small enough to share work evenly. */
const BATCH_SIZE = 32;
/** Without any answer for this long, the busy workers are dropped and the main thread does the rest. */
const STALL_MS = 120_000;
/** The longest single sleep: a worker that died without a word must not keep the stall check from running. */
const WAKE_MS = 50;

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  /** The batch it is working on, if any. */
  busy: number | null;
}

export class SyncWorkerPool {
  private workers: PoolWorker[] = [];
  /** Incremented by a worker after each answer; the main thread sleeps on it. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private runs = 0;

  constructor(threads: number, knowledge: TaskKnowledge, private readonly batchSize = BATCH_SIZE) {
    const boot = new URL('./boot.mjs', import.meta.url);
    const entry = new URL('./worker.ts', import.meta.url).href;
    try {
      for (let i = 0; i < threads; i++) {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(boot, { workerData: { entry, port: port2, signal: this.signal, knowledge }, transferList: [port2] });
        // A failing worker is dropped by `run`; without a listener its error would end the process.
        worker.on('error', () => undefined);
        // A worker must never keep the build (or `npm run serve`'s restarts) alive on its own.
        worker.unref();
        this.workers.push({ worker, port: port1, busy: null });
      }
    } catch {
      // Threads could not be started here: what started is closed, and `run` works in this thread.
      this.close();
    }
  }

  /** Each input's result, in order; what no worker answered is done by `fallback` in this thread. */
  run<K extends TaskName>(task: K, inputs: readonly Parameters<ExtractionTasks[K]>[0][], fallback: ExtractionTasks): JobResult<ReturnType<ExtractionTasks[K]>>[] {
    type Output = ReturnType<ExtractionTasks[K]>;
    const run = ++this.runs;
    const results: (JobResult<Output> | undefined)[] = new Array(inputs.length);
    const batches: number[][] = [];
    for (let start = 0; start < inputs.length; start += this.batchSize) batches.push(range(start, Math.min(start + this.batchSize, inputs.length)));
    let next = 0;
    const dispatch = (w: PoolWorker) => {
      if (next >= batches.length) return;
      const batch = next++;
      w.busy = batch;
      const message: JobBatch = { run, batch, task, inputs: batches[batch]!.map((i) => inputs[i]) };
      w.port.postMessage(message);
    };
    for (const w of this.workers) dispatch(w);

    let lastProgress = Date.now();
    while (this.workers.some((w) => w.busy !== null)) {
      const seen = Atomics.load(this.signal, 0);
      let progressed = false;
      for (const w of [...this.workers]) {
        const received = receiveMessageOnPort(w.port) as { message: BatchResult } | undefined;
        if (!received) continue;
        progressed = true;
        const answer = received.message;
        if (answer.fatal !== undefined) {
          this.drop(w);
          continue;
        }
        if (answer.run !== run || answer.batch !== w.busy || !answer.results) continue;
        batches[answer.batch]!.forEach((index, i) => (results[index] = answer.results![i] as JobResult<Output>));
        w.busy = null;
        dispatch(w);
      }
      if (progressed) {
        lastProgress = Date.now();
        continue;
      }
      if (Date.now() - lastProgress > STALL_MS) {
        for (const w of this.workers.filter((w) => w.busy !== null)) this.drop(w);
        break;
      }
      Atomics.wait(this.signal, 0, seen, WAKE_MS);
    }

    // Whatever no worker answered (none, unless one failed) is done here.
    const compute = fallback[task] as (input: Parameters<ExtractionTasks[K]>[0]) => Output;
    return inputs.map((input, i) => results[i] ?? attempt(() => compute(input)));
  }

  close(): void {
    for (const w of [...this.workers]) this.drop(w);
  }

  private drop(w: PoolWorker): void {
    this.workers = this.workers.filter((other) => other !== w);
    w.port.close();
    void w.worker.terminate();
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
