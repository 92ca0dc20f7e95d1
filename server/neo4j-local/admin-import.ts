// `neo4j-admin database import full` for neo4j:local: the importer ships in the Neo4j jars the launcher
// fetched (neo4j-import-tool, run through neo4j-command-line's AdminTool), run by its own JVM. It writes
// the store files of database `neo4j` under the DBMS home it is given: a staging home of the caller's,
// not the instance's own, so a failed import touches nothing the instance holds (store-files.ts then
// moves the result into place while the instance is stopped).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LOCAL } from './paths';

export interface ImportRun {
  status: number;
  /** The importer's last lines of output, for an error message. */
  tail: string;
}

export interface ImportOptions {
  /** Where the importer writes its report (its default is `import.report` in the working directory). */
  reportFile: string;
  heap?: string;
  /** Further importer options (delimiters, multi-line fields). */
  extra?: string[];
}

/** Imports into database `neo4j` under DBMS home `home`, replacing it (`args`: --nodes=…, --relationships=…). */
export function adminImport(
  home: string,
  args: readonly string[],
  options: ImportOptions,
): Promise<ImportRun> {
  // the tool wants the home to exist; it creates what is under it
  mkdirSync(home, { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(
      'java',
      [
        `-Xmx${options.heap ?? '1g'}`,
        '-cp',
        `${LOCAL.lib}/*`,
        'org.neo4j.cli.AdminTool',
        'database',
        'import',
        'full',
        // the database first: the file options take every argument after them
        'neo4j',
        '--overwrite-destination=true',
        `--report-file=${options.reportFile}`,
        ...(options.extra ?? []),
        ...args,
      ],
      {
        // anything else the tool leaves in its working directory goes with the report
        cwd: dirname(options.reportFile),
        env: { ...process.env, NEO4J_HOME: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const keep = (d: Buffer) => {
      out = (out + d.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => resolve({ status: -1, tail: String(error) }));
    child.once('exit', (code) =>
      resolve({ status: code ?? -1, tail: out.split('\n').slice(-15).join('\n') }),
    );
  });
}
