// Reading configuration from the environment, the same way for the server and the stores: a
// variable set to the empty string is unset (compose files and shells often leave `NAME=`), and a
// bad value is one line naming the variable and what it accepts (ConfigError), not a schema dump.
import type { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses `source` with `schema`; `accepts` says, per variable, what a good value is. */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  source: Record<string, string | undefined>,
  accepts: Partial<Record<keyof z.infer<S> & string, string>>,
): z.infer<S> {
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(set);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  const what = (accepts as Record<string, string | undefined>)[name] ?? issue?.message ?? 'a valid value';
  throw new ConfigError(`${name}=${JSON.stringify(set[name] ?? '')} is not valid: ${name} takes ${what}`);
}
