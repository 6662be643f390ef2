package org.parkgate.billing.provider;

import java.util.Map;

/**
 * A way to pay online (a Spring bean per provider, found by {@link #name()}). A provider bean
 * exists only when it is configured: with none, ParkGate takes no online payment.
 *
 * <p>Contract, the same for every provider (callers never name one):
 * <ul>
 * <li>{@link #create} makes the order at the provider and returns what the payer scans, with its
 * expiry; it throws {@link ProviderException} when the provider cannot be reached in time, refuses,
 * or answers without a valid signature: then no order exists for ParkGate.</li>
 * <li>{@link #verify} checks a notification as received (headers with lower-case names, the raw
 * body): authentic, fresh, for this merchant, readable; else {@link InvalidNotificationException}.
 * It returns the provider's own event id, so a repeat is recognised.</li>
 * <li>{@link #accepted} and {@link #refused} are the provider's answers to a notification
 * (status and body as it expects them), after ParkGate has committed what it did, or refused it.</li>
 * <li>{@link #query}, {@link #close}, {@link #refund} and {@link #refundState} ask or tell the
 * provider over its authenticated channel and throw {@link ProviderException} when that fails;
 * what they report is never the caller's own figures (the caller checks amount and currency).</li>
 * <li>Agreement payments (auto-pay, DD-019) are optional: a provider that {@link #chargesAgreements}
 * signs a payer up ({@link #signAgreement}), ends it ({@link #endAgreement}) and charges an order
 * to it ({@link #chargeWithAgreement}), answering PAID with the amount and currency it took or
 * FAILED, and throwing {@link ProviderException} when it cannot say (then the same charge is tried
 * again, under the same order id, which it charges at most once). WeChat Pay's 委托代扣 and
 * Alipay's 周期扣款 are such agreements; ParkGate implements them for the sandbox only so far.</li>
 * </ul>
 */
public interface PaymentProvider {

    String name();

    /** Makes the order at the provider: what the payer scans, until when. */
    ProviderOrder create(OrderRequest order);

    ProviderNotification verify(Map<String, String> headers, String rawBody);

    /** The answer to an authentic notification, once its effect ({@code outcome}) is committed. */
    Acknowledgement accepted(String outcome);

    /** The answer to a notification refused with this HTTP status ({@code why} for the log and the sender). */
    Acknowledgement refused(int status, String why);

    /** The order as the provider knows it now. */
    ProviderOrderState query(String orderId);

    /** Closes an unpaid order at the provider, so it cannot be paid any more. */
    void close(String orderId);

    /** Gives a paid order's money back (all of it); the provider's state of that refund. */
    ProviderRefundState refund(RefundRequest refund);

    /** A refund's state as the provider knows it now. */
    ProviderRefundState refundState(String refundId);

    /** Whether payers can sign a standing agreement here that ParkGate charges. */
    default boolean chargesAgreements() {
        return false;
    }

    /** Signs {@code payer} (ParkGate's name for them) up for charges of at most {@code cap} each; the agreement's id. */
    default String signAgreement(String payer, long cap, String currency) {
        throw new ProviderException(name() + " takes no agreement payments");
    }

    /** Ends an agreement: the provider charges nothing more to it. */
    default void endAgreement(String agreementId) {
        throw new ProviderException(name() + " takes no agreement payments");
    }

    /** Charges an order to an agreement: PAID with what was taken, or FAILED. */
    default ProviderOrderState chargeWithAgreement(AgreementCharge charge) {
        throw new ProviderException(name() + " takes no agreement payments");
    }

    /** Lets go of connections once this provider is replaced by other settings or ParkGate stops. */
    default void release() {
    }
}
