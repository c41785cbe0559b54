import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';

/** Where `vite build` puts the office web page (web/dist), from dist/web or src/web alike. */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the API and the probes own: never answered with the page. */
const SERVICE_PATH = /^\/(api|healthz|readyz|feeds)(\/|$)/;

/**
 * Serves the built single-page app at "/": files under web/dist as they are, and index.html
 * for any other page path (the app routes in the browser). Hashed assets are cached for a year;
 * index.html is revalidated so a new build is picked up at once.
 */
export function webAssets(distDir: string = WEB_DIST_DIR) {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  let index: Buffer | undefined;

  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVICE_PATH.test(req.path)) {
      return next();
    }
    try {
      let path: string;
      try {
        path = decodeURIComponent(req.path);
      } catch {
        return next();
      }
      const file = resolve(root, '.' + path);
      if (file !== root && !file.startsWith(root + sep)) return next();
      if (extname(file)) {
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) return next();
        const body = await readFile(file);
        const immutable = path.startsWith('/assets/');
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader(
          'Cache-Control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.setHeader('Content-Length', body.length);
        res.status(200).end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      if (!index) {
        // Not built (e.g. Jest runs without `npm run build`): leave the path to the 404 handler.
        if (!existsSync(indexFile)) return next();
        index = await readFile(indexFile);
      }
      res.setHeader('Content-Type', TYPES['.html']);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('Content-Length', index.length);
      res.status(200).end(req.method === 'HEAD' ? undefined : index);
    } catch (err) {
      next(err);
    }
  };
}
