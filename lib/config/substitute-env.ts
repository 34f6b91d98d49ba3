/** A `${NAME}` that names no environment variable, with where it was found. */
export interface MissingVariable {
  name: string;
  path: (string | number)[];
}

const placeholder = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces `${NAME}` in every string value with the environment variable NAME (README, Configuration).
 * Keys are left alone; missing variables are collected rather than thrown one at a time.
 */
export function substituteEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  missing: MissingVariable[] = [],
  path: (string | number)[] = [],
): unknown {
  if (typeof value === 'string') {
    return value.replace(placeholder, (whole, name: string) => {
      const replacement = env[name];
      if (replacement === undefined) {
        missing.push({ name, path });
        return whole;
      }
      return replacement;
    });
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => substituteEnv(item, env, missing, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        substituteEnv(item, env, missing, [...path, key]),
      ]),
    );
  }
  return value;
}
