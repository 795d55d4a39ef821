package io.muyield.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view without a browser: a cookie session signed in through the login form, sending the CSRF token
 * of its session with every POST (as the pages' forms and csrf.js do). Redirects are not followed.
 */
public final class FormSession {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    public FormSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in; returns where the login sent the browser (Location header). */
    public String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        Matcher m = HIDDEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on the login page");
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "_csrf", m.group(1))))).build());
        String location = r.headers().firstValue("Location").orElse("");
        csrf = null;
        return location;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** A JSON POST (API calls from the signed-in session), with the CSRF header. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A multipart form POST; files map a file name to its bytes, all sent as the part {@code fileField}. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, Map<String, byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "----muyield" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token()).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private String token() throws IOException, InterruptedException {
        if (csrf == null) {
            HttpResponse<String> page = get("/account/password");
            Matcher m = META.matcher(page.body());
            if (!m.find()) {
                throw new AssertionError("no CSRF meta tag on /account/password (" + page.statusCode() + ")");
            }
            csrf = m.group(1);
        }
        return csrf;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        StringJoiner j = new StringJoiner("&");
        fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }
}
