import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from '../../database/index.js';
import type { AppointmentsConfig } from '../appointments.config.js';
import { PiiCrypto } from './pii-crypto.js';

interface StoredKeys {
  encryptionKey: string;
  hmacKey: string;
}

/**
 * Keys from the configuration; the embedded single-process mode (no DATABASE_URL, so the
 * configuration does not require them) keeps generated keys beside its data, like the JWT secret.
 */
export async function loadPiiCrypto(
  config: AppointmentsConfig & Pick<DatabaseConfig, 'DATABASE_URL' | 'DATA_DIR'>,
): Promise<PiiCrypto> {
  if (config.PII_ENCRYPTION_KEY && config.PII_HMAC_KEY) {
    return new PiiCrypto(
      Buffer.from(config.PII_ENCRYPTION_KEY, 'base64'),
      Buffer.from(config.PII_HMAC_KEY, 'base64'),
    );
  }
  if (config.DATABASE_URL) throw new Error('PII_ENCRYPTION_KEY and PII_HMAC_KEY are required');
  const keys = await embeddedKeys(config.DATA_DIR);
  return new PiiCrypto(
    Buffer.from(config.PII_ENCRYPTION_KEY ?? keys.encryptionKey, 'base64'),
    Buffer.from(config.PII_HMAC_KEY ?? keys.hmacKey, 'base64'),
  );
}

async function embeddedKeys(dataDir: string): Promise<StoredKeys> {
  const file = join(resolve(dataDir), 'pii-keys.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as StoredKeys;
  await mkdir(resolve(dataDir), { recursive: true });
  const keys: StoredKeys = {
    encryptionKey: randomBytes(32).toString('base64'),
    hmacKey: randomBytes(32).toString('base64'),
  };
  await writeFile(file, JSON.stringify(keys) + '\n', { mode: 0o600, flag: 'wx' }).catch(
    async (err: NodeJS.ErrnoException) => {
      // Another process created it first: use theirs.
      if (err.code !== 'EEXIST') throw err;
    },
  );
  return JSON.parse(await readFile(file, 'utf8')) as StoredKeys;
}
