package org.parkgate.billing.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parkgate.billing.MalformedNotificationException;
import org.parkgate.billing.NotificationOutcome;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.provider.Acknowledgement;
import org.parkgate.billing.provider.InvalidNotificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/notify/{provider}}: providers report payments here. No device key:
 * the provider's signature is the proof. A bad or stale signature is 401 and changes nothing; an
 * authentic one naming impossible ids is 400 (nothing to retry); everything else authentic is
 * acknowledged after its commit (duplicates too), so providers stop resending. Each answer is in
 * the provider's own form (the sandbox: 200 with what happened; WeChat Pay: 204, refusals as
 * {@code {"code":"FAIL","message":...}}; Alipay: the plain text {@code success}, refusals
 * {@code failure}), in the content type its {@link Acknowledgement} names.
 */
@RestController
class PaymentNotifyController {

    private static final Logger log = LoggerFactory.getLogger(PaymentNotifyController.class);

    private final OnlineOrders orders;

    PaymentNotifyController(OnlineOrders orders) {
        this.orders = orders;
    }

    @PostMapping("/api/v1/payments/notify/{provider}")
    ResponseEntity<?> notify(@PathVariable String provider, @RequestBody String body, HttpServletRequest request) {
        if (!orders.knows(provider)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No payment provider " + provider));
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        try {
            NotificationOutcome outcome = orders.notify(provider, headers, body);
            return answer(orders.acknowledgement(provider, outcome));
        } catch (InvalidNotificationException refused) {
            log.warn("Payment notification from {} refused: {}", provider, refused.getMessage());
            return answer(orders.refusal(provider, HttpStatus.UNAUTHORIZED.value(), refused.getMessage()));
        } catch (MalformedNotificationException malformed) {
            log.warn("Payment notification from {} names what no order can be: {}", provider, malformed.getMessage());
            return answer(orders.refusal(provider, HttpStatus.BAD_REQUEST.value(), malformed.getMessage()));
        }
    }

    private static ResponseEntity<?> answer(Acknowledgement ack) {
        if (ack.body() == null) {
            return ResponseEntity.status(ack.status()).build();
        }
        return ack.contentType() == null ? ResponseEntity.status(ack.status()).body(ack.body())
                : ResponseEntity.status(ack.status()).contentType(MediaType.parseMediaType(ack.contentType()))
                        .body(ack.body());
    }
}
