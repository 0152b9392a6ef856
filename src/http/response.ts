/**
 * The Response the transport hands to openapi-fetch (and, through `li.api`, to you): its body was already
 * read inside the attempt (so the deadline and the retry rules covered it) and, for JSON, parsed once.
 *
 * Why not `new Response(text)`: a Response built from a string builds its ReadableStream up front, and on
 * Node 20 that alone costs more CPU than the rest of the SDK's per-request work. This one keeps the text and
 * builds a real stream only if something reads `body` (a streaming middleware, say). Everything else behaves
 * as a Response does: one read of the body, `bodyUsed`, `clone()` before reading, `instanceof Response`.
 *
 * The class is defined on first use: naming `Response` while the module loads would make Node load its fetch
 * implementation (undici, ~40 ms) at `import` time instead of at the first request.
 *
 * Kept for speed: with `new Response(text)` instead, the SDK fell from 88% to 82% of bare openapi-fetch (loopback,
 * 1 in flight) and from 80% to 51% with no I/O (bench medians of 3 runs, issue 16).
 */

/** Throws like the platform does when a body is read twice. */
function unusable(): TypeError {
  return new TypeError("Response body is unusable: it has already been read (clone() the response before reading).");
}

/** What the transport knows about the original response. */
export interface ResponseHead {
  status: number;
  statusText: string;
  /** Kept as they are (a fetched response's headers are immutable), not copied. */
  headers: Headers;
}

type BufferedResponseClass = new (
  text: string | null,
  parsed: { value: unknown } | undefined,
  head: ResponseHead,
  url: string,
) => Response;

let Buffered: BufferedResponseClass | undefined;

/**
 * A Response over a body already read.
 * @param text the body as read (`null` for a status that has no body)
 * @param parsed the body already parsed as JSON, when it was: the first `json()` returns it
 * @param head status, statusText and headers of the original response
 * @param url the URL the response came from (a constructed Response would say "")
 */
export function bufferedResponse(
  text: string | null,
  parsed: { value: unknown } | undefined,
  head: ResponseHead,
  url: string,
): Response {
  Buffered ??= defineBufferedResponse();
  return new Buffered(text, parsed, head, url);
}

function defineBufferedResponse(): BufferedResponseClass {
  class BufferedResponse extends Response {
    readonly #text: string | null;
    readonly #init: ResponseHead;
    readonly #url: string;
    /** The value `json()` returns first: parsed once by the transport, handed over once. */
    #parsed: { value: unknown } | undefined;
    #used = false;
    /** A real Response over the same text, made when the body is wanted as a stream or as bytes. */
    #real: Response | undefined;

    constructor(text: string | null, parsed: { value: unknown } | undefined, init: ResponseHead, url: string) {
      super(null, { status: init.status, statusText: init.statusText });
      this.#text = text;
      this.#parsed = parsed;
      this.#init = init;
      this.#url = url;
    }

    override get url(): string {
      return this.#url;
    }

    /** The original response's headers (immutable, as a fetched response's are). */
    override get headers(): Headers {
      return this.#init.headers;
    }

    override get body(): Response["body"] {
      return this.#text === null ? null : this.#stream().body;
    }

    override get bodyUsed(): boolean {
      return this.#real ? this.#real.bodyUsed : this.#used;
    }

    override text(): Promise<string> {
      if (this.#real) return this.#real.text();
      return this.#take((text) => text);
    }

    override json(): Promise<unknown> {
      if (this.#real) return this.#real.json();
      const parsed = this.#parsed;
      this.#parsed = undefined;
      return this.#take((text) => (parsed ? parsed.value : JSON.parse(text)));
    }

    override arrayBuffer(): Promise<ArrayBuffer> {
      return this.#stream().arrayBuffer();
    }

    override blob(): Promise<Blob> {
      return this.#stream().blob();
    }

    override formData(): Promise<FormData> {
      return this.#stream().formData();
    }

    override bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return this.#stream()
        .arrayBuffer()
        .then((buffer) => new Uint8Array(buffer));
    }

    override clone(): Response {
      if (this.bodyUsed) throw unusable();
      return new BufferedResponse(this.#text, undefined, this.#init, this.#url);
    }

    /** Reads the text once; later reads reject as a used body does. */
    #take<T>(read: (text: string) => T): Promise<T> {
      if (this.#used) return Promise.reject(unusable());
      this.#used = true;
      try {
        return Promise.resolve(read(this.#text ?? ""));
      } catch (error) {
        return Promise.reject(error);
      }
    }

    /** The real Response, made on first need; already consumed when the text was read before. */
    #stream(): Response {
      if (!this.#real) {
        this.#real = new Response(this.#text, this.#init);
        if (this.#used) this.#real.arrayBuffer().catch(() => undefined); // keep "already read" true
      }
      return this.#real;
    }
  }
  return BufferedResponse;
}
