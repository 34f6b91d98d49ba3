/** One problem found in the configuration file. */
export interface ConfigProblem {
  /** Path inside the file, e.g. `sources[0].refreshSeconds`; empty for the file itself. */
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** The configuration cannot be used; `problems` lists every reason, one per entry. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(formatProblems(file, problems));
  }
}

export function formatProblems(file: string, problems: ConfigProblem[]): string {
  const lines = problems.map((problem) => {
    const where = [problem.path || '(file)', problem.line ? `line ${problem.line}` : undefined]
      .filter(Boolean)
      .join(', ');
    return `  - ${where}: ${problem.message}`;
  });
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `Invalid configuration ${file} (${problems.length} ${noun}):\n${lines.join('\n')}`;
}

/** Formats a path like ['sources', 0, 'id'] as `sources[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}
