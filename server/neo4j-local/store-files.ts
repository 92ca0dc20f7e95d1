// Where a DBMS home keeps the files of one database (its store and its transaction logs), and moving a
// freshly imported database into the home of a stopped neo4j:local. The files it replaces are set aside,
// not deleted, until the caller knows the instance starts on the new ones: `restore` puts them back.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The two folders of database `db` under DBMS home `home`: store files, then transaction logs. */
export const databaseDirs = (home: string, db = 'neo4j'): [string, string] => [
  join(home, 'data', 'databases', db),
  join(home, 'data', 'transactions', db),
];

export interface SwappedDatabase {
  /** The instance's own files back in place, the imported ones removed. */
  restore(): void;
  /** The files set aside removed: the swap is final. */
  discard(): void;
}

/**
 * Moves database `neo4j` from home `from` into home `to`, the one it replaces into folder `aside`
 * (renames: `from`, `to` and `aside` must be on one file system). The instance of `to` must be stopped.
 */
export function swapDatabase(from: string, to: string, aside: string): SwappedDatabase {
  const moves = databaseDirs(from).map((source, i) => ({
    source,
    target: databaseDirs(to)[i] as string,
    kept: join(aside, String(i)),
    setAside: false,
    movedIn: false,
  }));
  mkdirSync(aside, { recursive: true });
  // each move records how far it got, so an undo never removes a folder it did not put there
  const undo = () => {
    for (const m of [...moves].reverse()) {
      if (m.movedIn) rmSync(m.target, { recursive: true, force: true });
      if (m.setAside) renameSync(m.kept, m.target);
      m.movedIn = m.setAside = false;
    }
  };
  try {
    for (const m of moves) {
      if (existsSync(m.target)) {
        renameSync(m.target, m.kept);
        m.setAside = true;
      }
      mkdirSync(join(m.target, '..'), { recursive: true });
      renameSync(m.source, m.target);
      m.movedIn = true;
    }
  } catch (error) {
    undo();
    throw error;
  }
  return { restore: undo, discard: () => rmSync(aside, { recursive: true, force: true }) };
}
