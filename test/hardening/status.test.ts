// Issue 15, item 8: a status outside 200–599 (a raw socket can send 600 or 999) is a typed error, not the
// RangeError a Response constructor throws for it.
import { afterEach, describe, expect, it } from "vitest";
import { createLinkedInClient, InvalidResponseError } from "../../src/index.js";
import { expectNoSecret, rejection } from "../support/errors.js";
import { type LocalServer, rawServer } from "../support/servers.js";

const TOKEN = "AQV-status-token-0123456789";
const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("a status outside 200–599", () => {
  for (const status of [600, 999]) {
    it(`${status} → InvalidResponseError naming the status, not retried`, async () => {
      const s = await rawServer(
        `HTTP/1.1 ${status} Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`,
      );
      servers.push(s);
      const li = createLinkedInClient({ accessToken: TOKEN, baseUrl: s.url, retry: { initialDelayMs: 1 } });
      for (const call of [() => li.facets.list(), () => li.api.GET("/adTargetingFacets")]) {
        const e = (await rejection(call())) as InvalidResponseError;
        expect(e).toBeInstanceOf(InvalidResponseError);
        expect(e.status).toBe(status);
        expect(e.message).toContain(`HTTP status ${status}`);
        expect(e.message).toContain("200–599");
        expectNoSecret(e, TOKEN);
      }
      expect(s.hits).toBe(2); // one per call: never retried
    });
  }
});
