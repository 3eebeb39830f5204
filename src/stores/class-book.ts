import { createStore, get, set } from 'idb-keyval';
import { emptyClassBook, type ClassBook } from '../lib/classbook/types.ts';

/**
 * Where the class book (src/lib/classbook/types.ts) is kept: this browser's IndexedDB, which holds far
 * more than localStorage (a class's hand-ins run to megabytes). Where IndexedDB is missing or refuses
 * (some private windows), the book lives only in the page and the page says so. It never leaves the machine.
 */

/** Where the book is kept, as the class page tells the teacher. */
export type ClassBookPlace = 'indexeddb' | 'memory';

const databaseName = 'kefu-class-book';
const storeName = 'books';
const bookKey = 'v1';

const open = () => createStore(databaseName, storeName);

/** The saved class book and where it is kept; an empty book in memory when IndexedDB can't be used. */
export async function loadClassBook(): Promise<{ book: ClassBook; place: ClassBookPlace }> {
  if (typeof indexedDB === 'undefined') return { book: emptyClassBook(), place: 'memory' };
  try {
    const saved = await get<ClassBook>(bookKey, open());
    return { book: saved ?? emptyClassBook(), place: 'indexeddb' };
  } catch {
    return { book: emptyClassBook(), place: 'memory' };
  }
}

/** Saves the class book; false when IndexedDB refused (full, missing, or blocked), so the page can say so. */
export async function saveClassBook(book: ClassBook): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await set(bookKey, plainCopy(book), open());
    return true;
  } catch {
    return false;
  }
}

/** A plain copy IndexedDB can clone (Svelte state proxies can't be structured-cloned). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
