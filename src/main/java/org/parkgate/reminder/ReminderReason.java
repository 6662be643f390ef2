package org.parkgate.reminder;

import org.parkgate.access.ArrearsStage;

/** Why an owner is sent a message. */
public enum ReminderReason {
    /** A pass that does not renew ends in a few days. */
    PASS_EXPIRING(false),
    /** An invoice falls due in a few days. */
    DUE_SOON(true),
    /** An invoice falls due today. */
    DUE_TODAY(true),
    /** Still unpaid after the due date, repeated every few days. */
    OVERDUE(true),
    /** The owner's stage became overdue. */
    STAGE_OVERDUE(true),
    /** Entry is restricted until paid. */
    STAGE_RESTRICTED(true),
    /** The passes are suspended until paid. */
    STAGE_SUSPENDED(true),
    /** Everything is paid: access is back to normal. */
    RESTORED(false),
    /** A notice posted by the office to all owners of a lot. */
    ANNOUNCEMENT(false),
    /** An invoice is charged to the owner's auto-pay in a few days. */
    AUTOPAY_NOTICE(false),
    /** The office answered an owner's message in the portal. */
    OFFICE_ANSWER(false),
    /**
     * An owner's one-time code for signing in to the portal: sent at once and only once
     * ({@link SignInTexts}), never through the outbox's retries, and logged without the code.
     */
    SIGN_IN_CODE(false);

    private final boolean aboutDebt;

    ReminderReason(boolean aboutDebt) {
        this.aboutDebt = aboutDebt;
    }

    /** Reminders about money owed; they stop as soon as it is paid. */
    public boolean aboutDebt() {
        return aboutDebt;
    }

    /** Whether the office writes this message's text on the templates page (not a sign-in code's). */
    public boolean templated() {
        return this != SIGN_IN_CODE;
    }

    /** The message for a change to {@code stage}. */
    static ReminderReason forStage(ArrearsStage stage) {
        return switch (stage) {
            case ACTIVE -> RESTORED;
            case OVERDUE -> STAGE_OVERDUE;
            case RESTRICTED -> STAGE_RESTRICTED;
            case SUSPENDED -> STAGE_SUSPENDED;
        };
    }
}
