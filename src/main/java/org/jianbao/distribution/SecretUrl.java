package org.jianbao.distribution;

import java.net.URI;

/**
 * A group robot's URL carries its secret (WeCom {@code ?key=…}, DingTalk {@code ?access_token=…}): records and
 * logs show scheme, host, path and the query's parameter names, never a value.
 */
final class SecretUrl {

    private SecretUrl() {
    }

    static String masked(String url) {
        try {
            URI uri = URI.create(url.strip());
            String query = uri.getRawQuery();
            String base = uri.getScheme() + "://" + uri.getRawAuthority().replaceAll("^[^@]*@", "") + uri.getRawPath();
            return query == null ? base : base + "?" + query.replaceAll("=[^&]*", "=…");
        } catch (RuntimeException e) {
            return "(a webhook URL that does not parse)";
        }
    }
}
