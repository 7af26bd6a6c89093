// Worker threads do not inherit tsx's loader from the main thread: register it here, then
// load the TypeScript worker named by the pool (src/parallel/sync-pool.ts). A worker that
// cannot start says so on its port, so that the pool gives its work to the main thread
// at once instead of waiting for it.
import { workerData } from 'node:worker_threads';

try {
  const { register } = await import('tsx/esm/api');
  register();
  await import(workerData.entry);
} catch (error) {
  workerData.port.postMessage({ fatal: error instanceof Error ? error.message : String(error) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
