import { afterAll } from 'vitest';
import { removeTempFolders } from './helpers.ts';

// Every test file cleans up the temporary folders (sites, seed folders) it made.
afterAll(removeTempFolders);
