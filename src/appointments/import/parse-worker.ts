/** Worker-thread entry: parses uploaded files so a hostile one cannot take the server down. */
import { parentPort } from 'node:worker_threads';
import type { ParseLimits } from './cells.js';
import { parseUpload } from './parse-file.js';

export interface ParseRequest {
  id: number;
  buffer: Uint8Array;
  limits: ParseLimits;
}

parentPort!.on('message', ({ id, buffer, limits }: ParseRequest) => {
  parseUpload(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), limits).then(
    (result) => parentPort!.postMessage({ id, result }),
    () =>
      parentPort!.postMessage({
        id,
        result: {
          ok: false,
          problems: [{ row: null, column: null, message: '文件无法解析（格式损坏）' }],
        },
      }),
  );
});
