package org.jianbao.distribution;

import java.net.URI;

/**
 * A group robot's URL carries its secret (WeCom {@code ?key=…}, DingTalk {@code ?access_token=…}): records and
 * logs show only scheme, host and path, and the first four characters of the query.
 */
final class SecretUrl {

    private SecretUrl() {
    }

    static String masked(String url) {
        try {
            URI uri = URI.create(url.strip());
            String query = uri.getRawQuery();
            String base = uri.getScheme() + "://" + uri.getRawAuthority().replaceAll("^[^@]*@", "") + uri.getRawPath();
            return query == null ? base : base + "?" + query.substring(0, Math.min(4, query.length())) + "…";
        } catch (RuntimeException e) {
            return "(a webhook URL that does not parse)";
        }
    }
}
