package org.jianbao.distribution;

/** One way of getting documents to a recipient. A channel sends; the {@link Distributor} keeps the records. */
interface Channel {

    ChannelKind kind();

    /**
     * Delivers every document of the parcel, or throws.
     *
     * @return what the record keeps as proof: the server's acceptance, the paths written
     */
    String deliver(Parcel parcel) throws DeliveryFailure;
}
