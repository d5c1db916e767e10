// Keeping the workbook in the browser's own storage (IndexedDB): it survives a reload, and nothing leaves the machine.
import type { WorkbookData } from './workbook-data';

const DATABASE = 'sales-kpi';
const STORE = 'workbooks';
const KEY = 'current';

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The browser refused its storage.'));
  });
}

async function withStore<T>(factory: IDBFactory, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('The browser could not store the workbook.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('The browser could not store the workbook.'));
    });
  } finally {
    db.close();
  }
}

/** The workbook saved last, or undefined on a first visit. */
export function loadWorkbook(factory: IDBFactory = indexedDB): Promise<WorkbookData | undefined> {
  return withStore(factory, 'readonly', (store) => store.get(KEY) as IDBRequest<WorkbookData | undefined>);
}

export async function saveWorkbook(data: WorkbookData, factory: IDBFactory = indexedDB): Promise<void> {
  await withStore(factory, 'readwrite', (store) => store.put(data, KEY));
}
