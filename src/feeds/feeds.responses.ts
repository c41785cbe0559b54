import { z } from 'zod';
import { apiModel } from '../common/api-responses.js';
import { FEED_SCOPES } from './feed-token.entity.js';

const scope = z.enum(FEED_SCOPES);

/** A freshly issued link: the only time its secret is shown. */
export const feedLinkResponse = apiModel(
  'FeedLink',
  z.object({
    id: z.string(),
    scope,
    url: z.string(),
    /** The same feed for clients that subscribe on a webcal: link (iOS, macOS, Outlook). */
    webcalUrl: z.string(),
    /** Scanned with a phone camera, opens the subscription. */
    qrPngDataUrl: z.string(),
    hint: z.string(),
    createdAt: z.string(),
  }),
);

/** A link as listed: never the secret, only its first characters. */
export const feedSummaryResponse = apiModel(
  'FeedSummary',
  z.object({
    id: z.string(),
    scope,
    unitId: z.string(),
    leaderId: z.string().nullable(),
    departmentId: z.string().nullable(),
    ownerId: z.string().nullable(),
    hint: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokedReason: z.string().nullable(),
  }),
);
