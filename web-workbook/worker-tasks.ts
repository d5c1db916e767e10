// The page's side of the workbook worker: one worker a task (a spare one kept ready), cancelled by ending the worker.
import type { Language } from '../core/translations';
import type { FileProblem } from './file-import';
import type { StorageReason } from './workbook-store';

export type WorkerTask =
  | { readonly task: 'read'; readonly name: string; readonly bytes: ArrayBuffer; readonly language: Language }
  /** `valuesOnly`: the copy for readers without the add-in, each Sales KPI formula as its result. */
  | { readonly task: 'export'; readonly language: Language; readonly database: string; readonly valuesOnly?: boolean }
  | { readonly task: 'snapshot'; readonly language: Language; readonly database: string };

export type WorkerAnswer =
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'failed'; readonly fileProblem?: FileProblem['reason']; readonly storage?: StorageReason; readonly message?: string };

/** Why a task did not finish: cancelled, a file that cannot be opened, storage, or anything else (its message). */
export class TaskFailure extends Error {
  constructor(readonly answer: Extract<WorkerAnswer, { kind: 'failed' }> | { kind: 'cancelled' }) {
    super('message' in answer && answer.message ? answer.message : answer.kind);
  }
}

export interface RunningTask<T> {
  readonly result: Promise<T>;
  cancel(): void;
}

const WORKER_URL = 'workbook-worker.js';
/** A worker started ahead of need, its script already loaded, so a file opens without waiting for one to start. */
let spare: Worker | undefined;

/** Starts a spare worker now (the page calls this once it is idle, and each task starts the next). */
export function prepareWorker(): void {
  if (!spare && typeof Worker === 'function') spare = new Worker(WORKER_URL);
}

/** Starts `task` in a worker of its own (the spare one if ready). */
export function runInWorker<T>(task: WorkerTask): RunningTask<T> {
  const worker = spare ?? new Worker(WORKER_URL);
  spare = undefined;
  setTimeout(prepareWorker, 0);
  let settle: { resolve(value: T): void; reject(error: unknown): void };
  const result = new Promise<T>((resolve, reject) => { settle = { resolve, reject }; });
  const end = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.kind === 'done') { end(); settle.resolve(answer.result as T); }
    else { end(); settle.reject(new TaskFailure(answer)); }
  };
  worker.onerror = (event) => { end(); settle.reject(new TaskFailure({ kind: 'failed', message: event.message || 'the worker stopped' })); };
  worker.postMessage(task, task.task === 'read' ? [task.bytes] : []);
  return { result, cancel: () => { end(); settle.reject(new TaskFailure({ kind: 'cancelled' })); } };
}
