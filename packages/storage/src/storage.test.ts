import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderStorage, InvalidStorageKey } from "./index.ts";

const root = mkdtempSync(join(tmpdir(), "storage-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a folder as document storage", () => {
  const storage = folderStorage(root);

  it("gives back what was stored under a key, and null for a key never stored", async () => {
    await storage.put("notices/320213/a.pdf", Buffer.from("%PDF-1.7 test"), "application/pdf");
    expect((await storage.get("notices/320213/a.pdf"))?.toString()).toBe("%PDF-1.7 test");
    expect(await storage.get("notices/320213/missing.pdf")).toBeNull();
  });

  it("refuses keys that would leave its folder", async () => {
    await expect(storage.put("../escape.pdf", Buffer.from("x"), "application/pdf")).rejects.toBeInstanceOf(InvalidStorageKey);
    await expect(storage.get("/etc/passwd")).rejects.toBeInstanceOf(InvalidStorageKey);
    await expect(storage.get("notices/../../x")).rejects.toBeInstanceOf(InvalidStorageKey);
  });
});
