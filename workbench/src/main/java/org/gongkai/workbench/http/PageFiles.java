package org.gongkai.workbench.http;

import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.Resource;

/**
 * The page's files ({@code web/} of the class path, as build.mjs writes it). Those under {@code /assets/} are named
 * by their content, so a browser keeps them for a year without asking again; {@code index.html}, which names them, is
 * asked for again on every load (answered 304 when unchanged). A browser that accepts gzip gets the file's gzip made
 * at build time. (A file that is not there gets Jetty's error page, which is never cached.)
 */
public final class PageFiles {

	public static final String ASSETS_CACHE = "public, max-age=31536000, immutable";
	public static final String PAGE_CACHE = "no-cache";

	public static Handler handler(Resource web) {
		ResourceHandler page = files(web);
		page.setWelcomeFiles("index.html");
		// NoContext: the assets keep their path (/assets/…) below web/
		PathMappingsHandler paths = new PathMappingsHandler.NoContext();
		paths.addMapping(PathSpec.from("/assets/*"), cached(files(web), ASSETS_CACHE));
		paths.addMapping(PathSpec.from("/"), cached(page, PAGE_CACHE));
		return paths;
	}

	private static ResourceHandler files(Resource web) {
		ResourceHandler files = new ResourceHandler();
		files.setBaseResource(web);
		files.setDirAllowed(false);
		files.setPrecompressedFormats(CompressedContentFormat.GZIP);
		files.setEtags(true);
		return files;
	}

	/** The files answered with this cache policy (ResourceHandler's own would not replace {@link AccessGuard}'s no-store). */
	private static Handler cached(ResourceHandler files, String cacheControl) {
		return new Handler.Wrapper(files) {
			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
				return super.handle(request, response, callback);
			}
		};
	}

	private PageFiles() {
	}
}
