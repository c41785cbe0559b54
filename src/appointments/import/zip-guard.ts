import yauzl from 'yauzl';
import type { ParseLimits } from './cells.js';

/** Compression ratio above which a large entry is treated as a zip bomb. */
const MAX_RATIO = 200;
const RATIO_APPLIES_ABOVE = 1024 * 1024;

export class ZipRejected extends Error {}

const open = (buffer: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(new ZipRejected('文件不是有效的 XLSX（ZIP 结构损坏）')) : resolve(zip),
    ),
  );

/**
 * What an xlsx says it inflates to (its central directory, nothing inflated): what it costs to
 * parse if it tells the truth; guardZip() refuses it early if it lies. Not a valid zip: its own
 * size (parsing it fails fast).
 */
export async function declaredInflatedBytes(buffer: Buffer, maxEntries: number): Promise<number> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(buffer);
  } catch {
    return buffer.length;
  }
  try {
    if (zip.entryCount > maxEntries) return Number.POSITIVE_INFINITY;
    return await new Promise<number>((resolve) => {
      let declared = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        declared += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', () => resolve(declared));
      zip.on('error', () => resolve(buffer.length));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/**
 * Before any spreadsheet library sees an xlsx: read the central directory (entry count, declared
 * sizes, ratios), then inflate every entry as a stream, counting bytes, and stop at the cap. The
 * declared sizes can lie; yauzl's size validation and the running count catch that.
 */
export async function guardZip(buffer: Buffer, limits: ParseLimits): Promise<void> {
  const zip = await open(buffer);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipRejected(
        `XLSX 文件包含 ${zip.entryCount} 个部件，超过上限 ${limits.maxEntries}，疑似恶意文件`,
      );
    }
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        declared += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (declared > limits.maxInflatedBytes) {
          reject(
            new ZipRejected(
              `XLSX 解压后超过 ${Math.round(limits.maxInflatedBytes / 1048576)} MB，疑似压缩炸弹，已拒绝`,
            ),
          );
        } else if (entry.uncompressedSize > RATIO_APPLIES_ABOVE && ratio > MAX_RATIO) {
          reject(
            new ZipRejected(
              `XLSX 部件 ${entry.fileName} 压缩比异常（${Math.round(ratio)}:1），疑似压缩炸弹，已拒绝`,
            ),
          );
        } else zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', () => reject(new ZipRejected('文件不是有效的 XLSX（ZIP 结构损坏）')));
      zip.readEntry();
    });
    if (!entries.some((e) => e.fileName === 'xl/workbook.xml')) {
      throw new ZipRejected('文件不是 Excel 工作簿（缺少 xl/workbook.xml）');
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) =>
          err ? reject(new ZipRejected(`XLSX 部件 ${entry.fileName} 无法解压`)) : resolve(s),
        ),
      );
      await new Promise<void>((resolve, reject) => {
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          if (inflated > limits.maxInflatedBytes) {
            (stream as unknown as { destroy(): void }).destroy();
            reject(new ZipRejected('XLSX 解压后的数据超过上限，疑似压缩炸弹，已拒绝'));
          }
        });
        stream.on('end', () => resolve());
        stream.on('error', () =>
          reject(new ZipRejected(`XLSX 部件 ${entry.fileName} 的实际大小与声明不符，已拒绝`)),
        );
      });
    }
  } finally {
    zip.close();
  }
}
