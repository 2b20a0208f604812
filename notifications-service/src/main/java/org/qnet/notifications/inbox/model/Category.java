package org.qnet.notifications.inbox.model;

/** What a notification is about, for filtering and for preferences. */
public enum Category {
    NOMINATION, MEMBERSHIP, CONNECTION, PROJECT, EVENT
}
