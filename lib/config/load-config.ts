import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError, formatPath, type ConfigProblem } from './config-error';
import { CallboardConfig } from './schema';
import { substituteEnv, type MissingVariable } from './substitute-env';

export const defaultConfigPath = './callboard.config.yaml';

/** Reads, substitutes and validates the configuration file; throws ConfigError listing every problem. */
export function loadConfigFile(
  file: string,
  env: Record<string, string | undefined> = process.env,
): CallboardConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    const message =
      reason === 'ENOENT'
        ? 'file not found (set CALLBOARD_CONFIG to the configuration file)'
        : `cannot read the file (${reason})`;
    throw new ConfigError(path, [{ path: '', message }]);
  }
  return parseConfigText(text, path, env);
}

/** Parses YAML or JSON text (YAML is a superset of JSON), then validates it. */
export function parseConfigText(
  text: string,
  file: string,
  env: Record<string, string | undefined>,
): CallboardConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const kind = extname(file) === '.json' ? 'JSON' : 'YAML';
    throw new ConfigError(
      file,
      doc.errors.map((error) => ({
        path: '',
        line: lineCounter.linePos(error.pos[0]).line,
        message: `not valid ${kind}: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const missing: MissingVariable[] = [];
  const raw = substituteEnv(doc.toJS(), env, missing);
  if (missing.length > 0) {
    throw new ConfigError(
      file,
      missing.map((variable) => ({
        path: formatPath(variable.path),
        line: lineOf(doc, lineCounter, variable.path),
        message: `environment variable ${variable.name} is not set`,
      })),
    );
  }
  const result = CallboardConfig.safeParse(raw);
  const problems = [
    ...(result.success ? [] : toProblems(result.error, doc, lineCounter)),
    ...duplicateIds(raw).map((path) => ({
      path: formatPath(path),
      line: lineOf(doc, lineCounter, path),
      message: 'duplicate source id: every source needs its own id',
    })),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(file, problems);
  return result.data;
}

/** Paths of source ids already used by an earlier source; checked apart from the schema so it
 * is reported even when other fields are invalid too. */
function duplicateIds(raw: unknown): (string | number)[][] {
  if (raw === null || typeof raw !== 'object' || !('sources' in raw)) return [];
  if (!Array.isArray(raw.sources)) return [];
  const seen = new Set<unknown>();
  const paths: (string | number)[][] = [];
  raw.sources.forEach((source: unknown, index) => {
    const id =
      source !== null && typeof source === 'object' && 'id' in source ? source.id : undefined;
    if (id === undefined) return;
    if (seen.has(id)) paths.push(['sources', index, 'id']);
    seen.add(id);
  });
  return paths;
}

function toProblems(error: z.ZodError, doc: Document, lineCounter: LineCounter): ConfigProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
    return {
      path: formatPath(path),
      line: lineOf(doc, lineCounter, path),
      message: describeIssue(issue),
    };
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    return `expected kind to be one of utel, telphin, telecomx, enswitch, asternic`;
  }
  return issue.message;
}

/** The line of the deepest node along `path` that exists in the document. */
function lineOf(
  doc: Document,
  lineCounter: LineCounter,
  path: (string | number)[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true);
    const start = hasRange(node) ? node.range[0] : undefined;
    if (start !== undefined) return lineCounter.linePos(start).line;
  }
  return undefined;
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  if (node === null || typeof node !== 'object' || !('range' in node)) return false;
  return Array.isArray(node.range) || isMap(node) || isSeq(node);
}
