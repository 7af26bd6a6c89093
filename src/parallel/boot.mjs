// Worker threads do not inherit tsx's loader from the main thread: register it here, then
// load the TypeScript worker named by the pool (src/parallel/sync-pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
