import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Edges between top-level folders of `lib/`: `from` imports something in `to`. */
export type FolderGraph = Map<string, Set<string>>;

const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The folder under `lib/` a specifier points into, or undefined when it leaves `lib/`. */
function targetFolder(libDir: string, file: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith('@/lib/')) target = path.join(libDir, specifier.slice('@/lib/'.length));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
  else return undefined;
  const relative = path.relative(libDir, target);
  if (relative.startsWith('..') || relative === '') return undefined;
  return relative.split(path.sep)[0];
}

/** The folder-level import graph of production code under `libDir` (tests left out). */
export function libFolderGraph(libDir: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(libDir)) {
    if (file.endsWith('.test.ts')) continue;
    const from = path.relative(libDir, file).split(path.sep)[0] ?? '';
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const to = targetFolder(libDir, file, match[1] ?? '');
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** One cycle as a path `a → b → … → a`, or undefined when the graph is acyclic. */
export function findCycle(graph: FolderGraph): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}
