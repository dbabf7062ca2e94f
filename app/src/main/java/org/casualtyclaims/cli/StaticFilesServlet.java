package org.casualtyclaims.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the files of one folder, read-only, as the demo's claims explorer ({@code
 * /solr/claims-ui/}): GET and HEAD, {@code index.html} for the folder itself, a redirect from the
 * folder's name without its slash, 404 for anything missing or outside the folder. Files are read
 * from disk on every request, so an edited page shows on reload.
 *
 * <p>Responses carry the Content-Security-Policy that Solr 9's own Jetty sets for its admin UI
 * (no inline or foreign scripts; requests to the same origin only), so a page that works here
 * works copied into a Solr installation's {@code server/solr-webapp/webapp}.
 */
final class StaticFilesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Solr 9's default {@code Content-Security-Policy} (server/etc/jetty.xml). */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; base-uri 'none'; connect-src 'self'; form-action 'self'; "
          + "font-src 'self'; frame-ancestors 'none'; img-src 'self' data:; media-src 'self'; "
          + "style-src 'self' 'unsafe-inline'; script-src 'self'; worker-src 'self';";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "txt", "text/plain; charset=utf-8");

  private final transient Path root;

  StaticFilesServlet(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse rsp) throws IOException {
    serve(req, rsp, true);
  }

  @Override
  protected void doHead(HttpServletRequest req, HttpServletResponse rsp) throws IOException {
    serve(req, rsp, false);
  }

  private void serve(HttpServletRequest req, HttpServletResponse rsp, boolean body)
      throws IOException {
    String path = req.getPathInfo();
    if (path == null) {
      // /solr/claims-ui: the page's relative links need the folder's slash
      String query = req.getQueryString();
      rsp.sendRedirect(req.getRequestURI() + "/" + (query == null ? "" : "?" + query));
      return;
    }
    Path file = resolve(path);
    if (file == null) {
      rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type = TYPES.get(extension(file));
    rsp.setContentType(type == null ? "application/octet-stream" : type);
    rsp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    rsp.setHeader("X-Content-Type-Options", "nosniff");
    rsp.setHeader("Cache-Control", "no-cache");
    byte[] bytes = Files.readAllBytes(file);
    rsp.setContentLength(bytes.length);
    if (body) {
      try (OutputStream out = rsp.getOutputStream()) {
        out.write(bytes);
      }
    }
  }

  /** The file a path names inside the folder ({@code index.html} for a folder), or null. */
  Path resolve(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative += "index.html";
    }
    Path file;
    try {
      file = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file) || isHidden(file)) {
      return null;
    }
    return file;
  }

  private boolean isHidden(Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
