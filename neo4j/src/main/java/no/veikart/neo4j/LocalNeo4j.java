package no.veikart.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community server with only the Bolt connector, bound to loopback,
 * for local development and CI. Configuration comes from environment variables so the Node
 * launcher (scripts/db.ts) owns the defaults:
 *
 *   VEIKART_NEO4J_DATA      data directory (required)
 *   VEIKART_NEO4J_PORT      Bolt port (default 7687)
 *   VEIKART_NEO4J_PAGECACHE page cache in MiB (default 128)
 *   VEIKART_NEO4J_PASSWORD  when set, auth is on and the neo4j user gets this password
 *   VEIKART_NEO4J_PARENT_PID when set, the process that owns this server: when it is gone (the app
 *                           crashed or was killed), the server shuts itself down cleanly, so no
 *                           orphan keeps the port and the store
 *
 * Prints "VEIKART_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    String data = env.get("VEIKART_NEO4J_DATA");
    if (data == null || data.isBlank()) {
      System.err.println("VEIKART_NEO4J_DATA is not set");
      System.exit(2);
    }
    int port = Integer.parseInt(env.getOrDefault("VEIKART_NEO4J_PORT", "7687"));
    long pageCacheMiB = Long.parseLong(env.getOrDefault("VEIKART_NEO4J_PAGECACHE", "128"));
    String password = env.get("VEIKART_NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    Path home = Path.of(data).toAbsolutePath();
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.mebiBytes(64))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGINT/SIGTERM run shutdown hooks: close the store cleanly so the next start needs no recovery.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("VEIKART_NEO4J_STOPPING");
      dbms.shutdown();
      stopped.countDown();
    }, "veikart-neo4j-shutdown"));

    try {
      if (auth) {
        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
      }
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      db.executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      // The DBMS threads would keep the JVM (and the port) alive: exit so the launcher sees it.
      e.printStackTrace();
      System.exit(1);
    }
    watchParent(env.get("VEIKART_NEO4J_PARENT_PID"));
    System.out.println("VEIKART_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /** Exits (running the shutdown hook) once the owning process is gone; checked every second. */
  private static void watchParent(String parentPid) {
    if (parentPid == null || parentPid.isBlank()) {
      return;
    }
    long pid = Long.parseLong(parentPid.trim());
    Thread watcher = new Thread(() -> {
      while (true) {
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          System.out.println("VEIKART_NEO4J_ORPHANED parent " + pid + " is gone: shutting down");
          System.out.flush();
          System.exit(0);
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "veikart-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Sets the neo4j user's password on every start, so the environment stays the single source. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("cannot be the same")) {
        throw e;
      }
    }
  }
}
