package org.jianbao.distribution;

/** The ways a document reaches its recipients. */
public enum ChannelKind {
    EMAIL,
    FOLDER,
    /** A short notice to a work-chat group robot (WeCom/DingTalk style). */
    WEBHOOK;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
