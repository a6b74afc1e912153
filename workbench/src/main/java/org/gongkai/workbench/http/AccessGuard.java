package org.gongkai.workbench.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets a request through only when it comes from the workbench's own page: the {@code Host} is this server's (no DNS
 * rebinding), an {@code Origin}, when the browser sends one, is this server's (no cross-site requests, no WebSocket
 * hijacking), and the token of the address is given, as {@code ?token=} or as the cookie set on the first request
 * that gave it (for the page's scripts, styles and worker). Any other request gets 403.
 */
public final class AccessGuard extends Handler.Wrapper {

	/** Content-Security-Policy of every answer: the page loads only from this server; the preview runs no script. */
	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final byte[] token;
	private volatile int port;

	public AccessGuard(String token) {
		this.token = token.getBytes(StandardCharsets.UTF_8);
	}

	/** The port the server listens on, once it is known. */
	public void setPort(int port) {
		this.port = port;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		if (!ownHost(request.getHeaders().get(HttpHeader.HOST)) || !ownOrigin(request.getHeaders().get(HttpHeader.ORIGIN))) {
			Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "只接受本机工作台页面的请求");
			return true;
		}
		String given = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("token");
		boolean inAddress = matches(given);
		if (!inAddress && !matches(cookie(request))) {
			Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "缺少或错误的访问口令；请使用 gongkai serve 输出的完整地址");
			return true;
		}
		if (inAddress) {
			Response.addCookie(response, HttpCookie.build(cookieName(), given).path("/").httpOnly(true)
					.sameSite(HttpCookie.SameSite.STRICT).build());
		}
		response.getHeaders().put("Content-Security-Policy", POLICY);
		response.getHeaders().put("Referrer-Policy", "no-referrer");
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		return super.handle(request, response, callback);
	}

	private boolean ownHost(String host) {
		return host != null && hosts().contains(host.toLowerCase(Locale.ROOT));
	}

	private boolean ownOrigin(String origin) {
		return origin == null || hosts().stream().anyMatch(host -> origin.equals("http://" + host));
	}

	private Set<String> hosts() {
		return Set.of("127.0.0.1:" + port, "localhost:" + port);
	}

	private boolean matches(String given) {
		return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
	}

	private String cookie(Request request) {
		return Request.getCookies(request).stream().filter(cookie -> cookie.getName().equals(cookieName()))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	/** One per port: browsers share cookies between the ports of a host. */
	private String cookieName() {
		return "gongkai-" + port;
	}
}
