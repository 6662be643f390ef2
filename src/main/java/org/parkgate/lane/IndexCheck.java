package org.parkgate.lane;

import java.util.List;

/**
 * The outcome of comparing the gate's index with the database: plates each side has that the
 * other lacks, and plates whose account differs. At most {@link AccessIndex#CHECK_LIST_LIMIT}
 * plates are listed per kind; the counts are complete.
 */
public record IndexCheck(int databasePlates, int indexPlates, int missingCount, List<String> missingFromIndex,
        int extraCount, List<String> notInDatabase, int wrongAccountCount, List<String> wrongAccount) {

    public boolean consistent() {
        return missingCount == 0 && extraCount == 0 && wrongAccountCount == 0;
    }
}
