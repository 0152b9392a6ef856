/**
 * `fileStore(dir)`: the command line's store (Node only), so what one run learnt — facet lists, names, listings, the
 * version window, a spent daily quota — saves the next run its requests. One JSON file per key, named by the key's
 * SHA-256 (a key never becomes a path), holding the key, its expiry and the value; written to a temporary file and
 * renamed into place, so a reader sees the old file or the new one, never half of one. Files are private to the
 * user (0600, in a 0700 directory). An expired file is removed when read.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Store } from "../index.js";

/** What a file holds. */
interface FileEntry {
  key: string;
  expiresAt: number;
  value: unknown;
}

/** Options of {@link fileStore}. */
export interface FileStoreOptions {
  /** Clock for expiry, ms since the epoch. Default `Date.now`. */
  now?: () => number;
}

/** The cache directory per the XDG convention: `$XDG_CACHE_HOME/linkedin-audience-insights`, else `~/.cache/…`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.startsWith("/")) return join(xdg, "linkedin-audience-insights");
  const home = env.HOME || homedir();
  return home ? join(home, ".cache", "linkedin-audience-insights") : undefined;
}

/** A store of one JSON file per key in `dir` (created when first written). */
export function fileStore(dir: string, options: FileStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const path = (key: string) => join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.json`);
  let made: Promise<unknown> | undefined;

  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(path(key), "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      let entry: Partial<FileEntry>;
      try {
        entry = JSON.parse(text) as Partial<FileEntry>;
      } catch {
        return undefined; // damaged: read as absent, overwritten by the next set
      }
      if (entry?.key !== key || typeof entry.expiresAt !== "number") return undefined;
      if (entry.expiresAt <= now()) {
        await rm(path(key), { force: true });
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, { ttlMs }) {
      made ??= mkdir(dir, { recursive: true, mode: 0o700 });
      await made;
      const entry: FileEntry = { key, expiresAt: now() + ttlMs, value };
      const target = path(key);
      const temporary = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify(entry), { mode: 0o600 });
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
  };
}
