package org.parkgate.reminder;

/** How a message reaches an owner. */
public enum Channel {
    /** A text message through the configured SMS gateway, to the owner's phone. */
    SMS,
    /** An e-mail through the configured SMTP server, to the owner's address. */
    EMAIL,
    /** A notice on the owner's personal pay page. */
    PAGE
}
