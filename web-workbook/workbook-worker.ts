// Entry of dist/web/workbook-worker.js: reads a file, exports the .xlsx and folds the log into a snapshot, off the page's main thread.
import type { Language } from '../core/translations';
import { registerAll } from './custom-functions';
import type { Engine } from './engine';
import { FileProblem, readFileValues } from './file-import';
import { openDatabase, replayMessages, StorageProblem, storageProblem, WorkbookStore } from './workbook-store';
import { readingsOf, zipXlsx, type NamedRangeGetters, type XlsxParts } from './xlsx-export';
import type { FunnelGetters } from './xlsx-funnel';
import type { WorkbookData } from './workbook-data';
import type { WorkerAnswer, WorkerTask } from './worker-tasks';

declare function importScripts(...urls: string[]): void;

interface HeadlessModel {
  readonly getters: NamedRangeGetters & FunnelGetters;
  exportData(): WorkbookData;
  exportXLSX(): Promise<XlsxParts> | XlsxParts;
}

const scope = self as unknown as { postMessage(answer: WorkerAnswer, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<WorkerTask>) => void) | null; window?: unknown };

/**
 * o-spreadsheet's .xlsx export writes each part as XML text, parses it with DOMParser and serializes it
 * back with XMLSerializer, touching nothing in between; a worker has neither, so the text stands for its
 * own document here.
 */
function xmlTextStandIns(): void {
  const global = self as unknown as Record<string, unknown>;
  if (typeof global.DOMParser !== 'function') {
    global.DOMParser = class {
      parseFromString(text: string) { return { text: String(text), querySelector: () => null, body: { firstChild: null } }; }
    };
  }
  if (typeof global.XMLSerializer !== 'function') {
    global.XMLSerializer = class {
      serializeToString(doc: { text: string }) { return doc.text; }
    };
  }
}

/** The engine, loaded the first time a task needs it, with our functions (so exported values are computed). */
function engine(language: Language): Engine & { Model: new (data: unknown, config: unknown, messages: unknown[]) => HeadlessModel } {
  const global = self as unknown as { o_spreadsheet?: Engine & { Model: new (data: unknown, config: unknown, messages: unknown[]) => HeadlessModel } };
  if (!global.o_spreadsheet) {
    // o-spreadsheet's bundle looks for a window; a worker's global scope stands in for it.
    scope.window = self;
    xmlTextStandIns();
    importScripts('vendor/owl.js', 'vendor/o-spreadsheet.js');
    registerAll(global.o_spreadsheet!, language);
  }
  return global.o_spreadsheet!;
}

/** The stored workbook rebuilt in a model of the worker's own, and the last log entry it includes. */
async function storedModel(language: Language, database: string): Promise<{ model: HeadlessModel; seq: number; store: WorkbookStore }> {
  const store = new WorkbookStore(await openDatabase(undefined, database));
  const stored = await store.read();
  if (!stored) throw new Error('nothing is stored');
  const { messages, lastSeq } = replayMessages(stored);
  const { Model } = engine(language);
  return { model: new Model(stored.snapshot.data, {}, messages), seq: lastSeq, store };
}

async function run(task: WorkerTask): Promise<void> {
  if (task.task === 'read') {
    const values = await readFileValues(task.name, task.bytes, task.language);
    scope.postMessage({ kind: 'done', result: values });
    return;
  }
  const { model, seq, store } = await storedModel(task.language, task.database);
  if (task.task === 'export') {
    const bytes = zipXlsx(await model.exportXLSX(), readingsOf(model.getters, task.valuesOnly === true));
    scope.postMessage({ kind: 'done', result: bytes }, [bytes.buffer]);
  } else {
    const folded = await store.compact(model.exportData(), seq);
    scope.postMessage({ kind: 'done', result: { folded, seq } });
  }
  store.close();
}

scope.onmessage = (event) => {
  run(event.data).catch((error: unknown) => {
    if (error instanceof FileProblem) scope.postMessage({ kind: 'failed', fileProblem: error.reason });
    else if (error instanceof StorageProblem || error instanceof DOMException) scope.postMessage({ kind: 'failed', storage: storageProblem(error).reason, message: storageProblem(error).detail });
    else scope.postMessage({ kind: 'failed', message: String((error as Error)?.message ?? error) });
  });
};
