package org.jianbao.indicator;

/**
 * How a file was read: the reader's approach, the rows seen, and the most parsed rows ever held in
 * memory at once (the write batch), which stays bounded however large the file is.
 */
public record ImportStats(String approach, int dataRows, int maxBufferedRows, long millis) {

    public double rowsPerSecond() {
        return millis == 0 ? dataRows * 1000.0 : dataRows * 1000.0 / millis;
    }
}
