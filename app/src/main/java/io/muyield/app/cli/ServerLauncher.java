package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;

import io.muyield.app.MuyieldWebApplication;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Starts the web application with the settings a command chose; remembers that a server now keeps the JVM alive. */
final class ServerLauncher {

    private static volatile boolean serving;

    private ServerLauncher() {
    }

    static boolean isServing() {
        return serving;
    }

    static void start(int port, DatabaseOptions database, boolean demo, Map<String, Object> extra) {
        requirePortFree(port);
        Map<String, Object> props = new HashMap<>(extra);
        props.put("server.port", port);
        props.put("muyield.db.url", database.jdbcUrl());
        props.put("muyield.data-dir", database.dataDir().toAbsolutePath().normalize().toString());
        props.put("muyield.demo.enabled", demo);
        SpringApplication app = new SpringApplication(MuyieldWebApplication.class);
        // As command-line arguments, so that they win over application.properties and the environment.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try {
            app.run(args);
        } catch (RuntimeException e) {
            throw new UserFacingException("the server did not start: " + CliFailure.describe(e), e);
        }
        serving = true;
    }

    private static void requirePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new UserFacingException("port " + port + " is already in use; choose another with --port");
        }
    }
}
