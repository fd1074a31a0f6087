package org.jianbao.distribution;

import java.util.List;

/**
 * What one attempt sends: the documents of one run for one recipient by one channel (one email, however many
 * documents).
 *
 * @param address   the record's address: email addresses separated by commas, a folder, a (masked) URL
 * @param messageId the email's Message-ID, fixed before the first attempt; null for other channels
 */
record Parcel(String recipient, String address, List<Outgoing> documents, String messageId) {

    Parcel {
        documents = List.copyOf(documents);
    }
}
