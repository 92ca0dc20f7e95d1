// Preparing the JVM side: Java/Maven present, Neo4j jars fetched by Maven, the launcher compiled,
// and the JVM flags (those of Neo4j's own launcher and default neo4j.conf).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL, type LocalSettings } from './paths';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

function need(tool: string, args: string[], hint: string): void {
  const r = spawnSync(tool, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(`${tool} not found or not working: ${hint}`);
}

export function prepare(log: (line: string) => void): void {
  need('java', ['-version'], 'install a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)');
  need('javac', ['-version'], 'install a Java 17+ JDK, not only a JRE');
  if (!existsSync(LOCAL.libReady)) {
    need('mvn', ['-v'], 'install Maven 3.8+ (e.g. apt-get install maven)');
    log('fetching Neo4j jars with Maven (first start only, ~1 min)…');
    mkdirSync(LOCAL.lib, { recursive: true });
    const r = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        LOCAL.pom,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${LOCAL.lib}`,
        '-DincludeScope=runtime',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], timeout: 15 * 60_000 },
    );
    if (r.status !== 0)
      throw new LocalNeo4jError('Maven could not fetch the Neo4j jars (see its output above)');
    writeFileSync(LOCAL.libReady, 'ok\n');
  }
  const classFile = join(LOCAL.classes, 'AtlasNeo4j.class');
  if (!existsSync(classFile) || statSync(classFile).mtimeMs < statSync(LOCAL.launcherSource).mtimeMs) {
    mkdirSync(LOCAL.classes, { recursive: true });
    const r = spawnSync('javac', ['-d', LOCAL.classes, '-cp', `${LOCAL.lib}/*`, LOCAL.launcherSource], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new LocalNeo4jError('could not compile the Neo4j launcher');
  }
}

export function javaArgs(s: LocalSettings): string[] {
  return [
    `-Xms${s.heap}`,
    `-Xmx${s.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+AlwaysPreTouch',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${LOCAL.classes}:${LOCAL.lib}/*`,
    'AtlasNeo4j',
  ];
}
