package org.jianbao.template;

/**
 * A tag found while compiling: what it says, where it stands, and the run it takes its formatting from
 * ({@code runOpen} = the run's start tag and {@code w:rPr}; null for section tags until they are paired).
 */
record TagRef(TagSpec spec, TagLocation location, String runOpen, String runClose, String prefix) {
}
