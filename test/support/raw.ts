// Raw HTTP over a socket, for what fetch cannot send (no Content-Length, malformed request lines).

import { connect } from "node:net";

/** Sends `text` as is to 127.0.0.1:port and resolves with everything the server sends until it closes (bounded). */
export function rawExchange(port: number, text: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let data = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(data);
    }, timeoutMs);
    socket.on("data", (chunk) => {
      data += chunk.toString("utf8");
      // One complete response is enough: the header block plus its Content-Length.
      const end = data.indexOf("\r\n\r\n");
      const m = /content-length:\s*(\d+)/i.exec(data);
      if (end !== -1 && m && data.length >= end + 4 + Number(m[1])) {
        clearTimeout(timer);
        socket.destroy();
        resolve(data);
      }
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      if (data) resolve(data);
      else reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(data);
    });
    socket.write(text);
  });
}
