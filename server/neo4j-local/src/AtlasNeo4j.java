import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts the Neo4j Community DBMS embedded, with Bolt on loopback and auth on, for machines without a
 * Docker engine. Configured by environment (the TS CLI `npm run neo4j:local` sets it):
 * ATLAS_NEO4J_HOME (data, survives restarts), ATLAS_NEO4J_PORT, ATLAS_NEO4J_PASSWORD, ATLAS_NEO4J_PAGECACHE_MB.
 * Prints "ATLAS_NEO4J_READY" once the DBMS is up; stops cleanly on SIGTERM through a shutdown hook.
 */
public final class AtlasNeo4j {
  private static final String MARKER = "atlas-password-set";

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("ATLAS_NEO4J_HOME", ".neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("ATLAS_NEO4J_PORT", "7687"));
    String password = env("ATLAS_NEO4J_PASSWORD", "");
    long pageCacheMb = Long.parseLong(env("ATLAS_NEO4J_PAGECACHE_MB", "256"));
    if (password.length() < 8) {
      System.err.println("ATLAS_NEO4J_PASSWORD must be at least 8 characters");
      System.exit(2);
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("ATLAS_NEO4J_STOPPING");
      dbms.shutdown();
      System.out.println("ATLAS_NEO4J_STOPPED");
      stopped.countDown();
    }, "atlas-neo4j-shutdown"));

    // The embedded API bypasses auth, so it can set the initial password; only on first start, so a
    // password changed later through Cypher is not overwritten.
    Path marker = home.resolve(MARKER);
    if (!Files.exists(marker)) {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      Files.writeString(marker, "initial password set from ATLAS_NEO4J_PASSWORD\n");
    }
    System.out.println("ATLAS_NEO4J_READY bolt://127.0.0.1:" + port);
    stopped.await();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
