import { Eta } from 'eta';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every view file (absolute path) a renderer of viewsRenderer has compiled in this process. */
const compiledFiles = new Set<string>();

/**
 * An Eta renderer of the views in `dir` (subfolders included), every value HTML-escaped unless a template says
 * otherwise, with each view compiled now under the path `render(name)` looks up. Compiled on first render instead,
 * a page's first request paid for reading and compiling its views and their partials.
 */
export function viewsRenderer(dir: string): Eta {
  const eta = new Eta({ views: dir, cache: true, autoEscape: true });
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.eta')) continue;
    const path = join(dir, file);
    eta.loadTemplate(path, readFileSync(path, 'utf8'));
    compiledFiles.add(path);
  }
  return eta;
}

/** Compiles the views `names` of `dir` into `eta` as "@name", the way partials shared between renderers are included. */
export function addSharedViews(eta: Eta, dir: string, names: readonly string[]): void {
  for (const name of names) {
    const path = join(dir, `${name}.eta`);
    eta.loadTemplate(`@${name}`, readFileSync(path, 'utf8'));
    compiledFiles.add(path);
  }
}

/** The view files compiled so far in this process (what start-up readiness is checked against). */
export const compiledViewFiles = (): ReadonlySet<string> => compiledFiles;
