package org.parkgate.lane;

import java.util.List;

/**
 * The outcome of comparing the gate's index with the database: plates each side has that the
 * other lacks, plates whose account differs, and plates whose blacklist or always-allow entries
 * differ. At most {@link AccessIndex#CHECK_LIST_LIMIT}
 * plates are listed per kind; the counts are complete.
 */
public record IndexCheck(int databasePlates, int indexPlates, int missingCount, List<String> missingFromIndex,
        int extraCount, List<String> notInDatabase, int wrongAccountCount, List<String> wrongAccount,
        int wrongListingCount, List<String> wrongListing) {

    public boolean consistent() {
        return missingCount == 0 && extraCount == 0 && wrongAccountCount == 0 && wrongListingCount == 0;
    }
}
