package org.parkgate.owner;

import java.time.Duration;

/** What the sign-in page tells whoever asked for a code; the same whether the number is an owner's or not. */
public sealed interface CodeRequest {

    /** A code was made; it went to the number if an owner has it. */
    record Sent(Duration validFor) implements CodeRequest {
    }

    /** Asked again too soon, or too often this hour, from this number or this address: try after {@code retryAfter}. */
    record TooSoon(Duration retryAfter) implements CodeRequest {
    }

    /** Not a mainland mobile number. */
    record NotAMobile() implements CodeRequest {
    }
}
