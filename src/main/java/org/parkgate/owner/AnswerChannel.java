package org.parkgate.owner;

/** How an owner is told that the office answered. Shown translated as {@code messages.tell.<NAME>}. */
public enum AnswerChannel { SMS, EMAIL, NONE }
