// Reading request bodies (bounded) and writing answers (whole, or cut for a reset fault).

import type { IncomingMessage, ServerResponse } from "node:http";

export interface BodyRead {
  /** UTF-8 text of the body; undefined when empty or too large. */
  text: string | undefined;
  /** The body went over the limit; it was drained and discarded. */
  tooLarge: boolean;
}

/** Reads the body up to `limit` bytes; past it, keeps draining (so the client can read the 413) but stores nothing. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let settled = false;
    const done = (): void => {
      if (settled) return;
      settled = true;
      const text = tooLarge || size === 0 ? undefined : Buffer.concat(chunks).toString("utf8");
      resolve({ text, tooLarge });
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
      } else if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", done);
    req.on("error", done);
    req.on("close", done);
  });
}

/** An answer ready to be written. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  payload: Buffer;
}

/**
 * Writes the answer. With `reset`: the headers (announcing the full length) and the first half of the
 * body, then the socket is destroyed.
 */
export function writeOutgoing(res: ServerResponse, out: Outgoing, reset: boolean): void {
  if (res.destroyed || res.headersSent) return;
  // A reset always announces at least one byte more than it sends, so the answer is visibly cut.
  const length = reset ? Math.max(1, out.payload.length) : out.payload.length;
  res.writeHead(out.status, { ...out.headers, "content-length": String(length) });
  if (!reset) {
    res.end(out.payload);
    return;
  }
  const part = out.payload.subarray(0, Math.floor(out.payload.length / 2));
  const cut = (): void => {
    res.destroy();
  };
  if (part.length > 0) res.write(part, cut);
  else {
    res.flushHeaders();
    setImmediate(cut);
  }
}
