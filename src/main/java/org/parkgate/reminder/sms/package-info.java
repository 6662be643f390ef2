/**
 * The SMS channels behind the reminder channel SPI, one of them active by
 * {@code parkgate.reminders.sms.provider}: the generic HTTP gateway, Alibaba Cloud SMS (RPC
 * signature) and Tencent Cloud SMS (TC3-HMAC-SHA256), the last two with delivery receipts.
 * Signed with the JDK: no provider SDK.
 */
@NullMarked
package org.parkgate.reminder.sms;

import org.jspecify.annotations.NullMarked;
