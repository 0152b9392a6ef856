/**
 * SHA-256 with the web platform's `crypto.subtle` (Node 20+, Bun, Deno, Workers): what store keys use in place of
 * anything secret (an access token) or long.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Lower-case hex of the SHA-256 of `text` (UTF-8), cut to `length` characters (default 32: 128 bits). */
export async function sha256Hex(text: string, length = 32): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let out = "";
  for (const byte of digest) out += HEX[byte]!;
  return out.slice(0, length);
}
