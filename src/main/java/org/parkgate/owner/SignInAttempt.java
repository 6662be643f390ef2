package org.parkgate.owner;

import org.parkgate.security.OwnerPrincipal;

/** How a sign-in with a code went; a number that is no owner's is answered as one with a wrong code. */
public sealed interface SignInAttempt {

    /** The code was right: the owner, with the records registered with the number. */
    record SignedIn(OwnerPrincipal owner) implements SignInAttempt {
    }

    /** The code was wrong; {@code triesLeft} more before the code is void. */
    record WrongCode(int triesLeft) implements SignInAttempt {
    }

    /** No code is waiting for this number: never asked, expired, used, or tried too often. Ask for a new one. */
    record NoCode() implements SignInAttempt {
    }

    /** The number or the code is not written as one. */
    record Malformed() implements SignInAttempt {
    }
}
