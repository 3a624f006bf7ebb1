import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  /** Address of the folder, with a trailing slash, such as http://127.0.0.1:40123/deep/folder/. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the files of `root` under the path `folder` on 127.0.0.1, as a
 * static host serves a site deployed into a subfolder. Paths outside
 * `folder` and missing files get 404; a folder serves its index.html.
 */
export async function serveFolder(root: string, folder: string): Promise<StaticServer> {
  const prefix = `/${folder.replace(/^\/|\/$/g, "")}/`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = path.startsWith(prefix) ? normalize(join(root, path.slice(prefix.length))) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !file.startsWith(normalize(root) + sep) || !existsSync(file)) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
