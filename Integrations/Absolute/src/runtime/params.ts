import { z } from 'zod';
import { AbsoluteConfigError } from '../absolute/errors';
import { resolveApiBase } from '../absolute/regions';

/** Instance parameters as the platform sends them (type 8 booleans may arrive as strings). */
const flag = z
  .union([z.boolean(), z.literal(''), z.stringbool(), z.null()])
  .optional()
  .transform((v) => v === true);
const positive = (fallback: number) =>
  z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === null || v === '') return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `must be a positive number (got ${JSON.stringify(v)})` });
        return z.NEVER;
      }
      return n;
    });

const SECRET_REQUIRED = "is required: the API token's Secret Key (or its PEM private key)";

export const paramsSchema = z.object({
  // The host is checked here, not only when the client starts, so a wrong host is the first thing
  // reported: ahead of missing credentials, which are pointless to ask for before it.
  url: z
    .string({ error: 'is required: the Absolute console or API URL' })
    .trim()
    .min(1, 'is required: the Absolute console or API URL')
    .superRefine((url, ctx) => {
      try {
        resolveApiBase(url);
      } catch (error) {
        if (!(error instanceof AbsoluteConfigError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    }),
  credentials: z.object(
    {
      identifier: z.string({ error: "is required: the API token's Token ID" }).trim().min(1, "is required: the API token's Token ID"),
      password: z.string({ error: SECRET_REQUIRED }).min(1, SECRET_REQUIRED),
    },
    { error: "are required: the API token's Token ID and Secret Key" },
  ),
  insecure: flag,
  proxy: flag,
  /** Client-side request rate, shared by everything one command does. */
  max_requests_per_second: positive(20),
  /** Every command finishes or fails within this many seconds (the platform kills at 300). */
  command_timeout_seconds: positive(240),
  isFetchEvents: flag,
  max_events_per_fetch: positive(10_000),
});

export type IntegrationParams = z.output<typeof paramsSchema>;

export class ParamsError extends Error {}

export function parseParams(raw: unknown): IntegrationParams {
  const result = paramsSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || 'params';
  throw new ParamsError(`Invalid instance parameter ${FIELD_LABELS[path] ?? `"${path}"`}: ${issue?.message ?? 'invalid'}`);
}

/** The instance fields as the platform's form labels them (the credentials type hides its inner names). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  credentials: '"Token ID" and "Secret Key"',
  'credentials.identifier': '"Token ID"',
  'credentials.password': '"Secret Key"',
};
