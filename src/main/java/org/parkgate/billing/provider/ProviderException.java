package org.parkgate.billing.provider;

/**
 * A provider could not be asked or told something: unreachable or too slow, an error answer, or an
 * answer that is not authentic. Nothing is taken from such an answer: the caller keeps its state
 * and tries again later (or says that online payment is not available now).
 */
public class ProviderException extends RuntimeException {

    public ProviderException(String why) {
        super(why);
    }

    public ProviderException(String why, Throwable cause) {
        super(why, cause);
    }
}
