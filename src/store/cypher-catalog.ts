import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CypherFileError } from './errors.js';

/** The Cypher files of `cypher/`, by name: the path below `cypher/` without `.cypher`, e.g. `program/list-programs`. */
export class CypherCatalog {
  private constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** Given the `cypher/` directory, returns its statements; an empty file stops the load with its name. */
  static load(root: string): CypherCatalog {
    const texts = new Map<string, string>();
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
      const path = join(entry.parentPath, entry.name);
      const name = relative(root, path).split(sep).join('/').replace(/\.cypher$/, '');
      const text = readFileSync(path, 'utf8').trim().replace(/;$/, '');
      if (!text) throw new CypherFileError(name, 'the file is empty');
      texts.set(name, text);
    }
    return new CypherCatalog(texts);
  }

  /** Given a statement name, returns its text, or throws naming the missing file. */
  get(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new CypherFileError(name, 'the file is missing');
    return text;
  }

  /** Given the statement names some code runs, throws naming the first whose file is missing. */
  require(names: readonly string[]): void {
    for (const name of names) this.get(name);
  }

  /** Returns every statement name. */
  names(): string[] {
    return [...this.texts.keys()].sort();
  }
}
