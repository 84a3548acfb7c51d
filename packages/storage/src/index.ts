import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

/**
 * Where rendered documents (notices, receipts, later licences and uploaded materials) live: not in
 * GraphQL payloads and not in table rows. Keys are relative paths such as
 * `notices/320213/<id>.pdf`; a stored object never changes (a document is rendered once, when
 * issued), so callers may cache by key.
 *
 * The contract an S3-compatible implementation must keep: `put` is atomic (a reader sees the whole
 * object or none) and idempotent for the same key and bytes; `get` answers null for a missing key,
 * never a partial object; keys are case-sensitive and use "/" as separator.
 */
export interface DocumentStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Where it stores, for logs. */
  readonly location: string;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Thrown for a key that could leave the store's root (".." or an absolute path). */
export class InvalidStorageKey extends Error {}

/**
 * The default store: a folder (data/<service>/documents by default). Writes go to a temporary
 * file renamed into place, so a reader never sees half a PDF.
 */
export function folderStorage(root: string): DocumentStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new InvalidStorageKey(`invalid storage key: ${key}`);
    const path = resolve(join(base, key));
    if (!path.startsWith(base + sep)) throw new InvalidStorageKey(`invalid storage key: ${key}`);
    return path;
  };
  return {
    location: base,
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

/** A store in this process's memory, for an in-memory database (tests): gone with the process. */
export function memoryStorage(): DocumentStorage {
  const objects = new Map<string, Buffer>();
  return {
    location: "memory",
    async put(key, bytes) {
      if (!KEY.test(key) || key.split("/").includes("..")) throw new InvalidStorageKey(`invalid storage key: ${key}`);
      objects.set(key, Buffer.from(bytes));
    },
    async get(key) {
      if (!KEY.test(key)) throw new InvalidStorageKey(`invalid storage key: ${key}`);
      return objects.get(key) ?? null;
    },
  };
}
