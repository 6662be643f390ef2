package org.parkgate.owner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Upserts;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.registry.RegistryService;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.OfficeAnswerNotices;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations between owners and the office. An owner starts one (a category, a subject, a text,
 * perhaps a photo) and replies; the office sees the waiting ones first, assigns them, answers
 * (the owner is told by SMS or e-mail as they chose) and closes them; a closed conversation opens
 * again when the owner writes. Opening a conversation marks the other side's messages read: that
 * is the read receipt each side sees.
 */
@Service
public class OwnerMessages {

    public static final int SUBJECT_LIMIT = 100;
    public static final int TEXT_LIMIT = 2000;
    /** Conversations an owner may have waiting for the office at once. */
    public static final int WAITING_LIMIT = 10;

    private static final String CONVERSATION = """
            SELECT c.id, c.owner, c.category, c.subject, c.status, c.assigned_to, c.started_at, c.last_at,
                (SELECT COUNT(*) FROM owner_message m WHERE m.conversation = c.id AND m.read_at IS NULL
                    AND m.from_owner = :fromOwner) AS unread
            FROM owner_conversation c""";
    private static final String MESSAGE = """
            SELECT id, conversation, from_owner, author, body, photo_type IS NOT NULL AS has_photo, sent_at, read_at
            FROM owner_message""";

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final OwnerAccounts accounts;
    private final OfficeAnswerNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    OwnerMessages(JdbcClient jdbc, Upserts upserts, OwnerAccounts accounts, OfficeAnswerNotices notices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the owner's side

    /** The signed-in owner writes to the office; returns the new conversation's id. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public long start(Conversation.Category category, String subject, String text, @Nullable Photo photo) {
        long owner = OwnerAccess.currentOwner();
        String cleanSubject = subject == null ? "" : subject.strip();
        if (cleanSubject.isEmpty() || cleanSubject.length() > SUBJECT_LIMIT) {
            throw new OwnerException("error.message.subject", SUBJECT_LIMIT);
        }
        if (category == null) {
            throw new OwnerException("error.message.category");
        }
        String body = checkedText(text);
        int waiting = jdbc.sql("SELECT COUNT(*) FROM owner_conversation WHERE owner = ? AND status = 'WAITING'")
                .param(owner).query(Integer.class).single();
        if (waiting >= WAITING_LIMIT) {
            throw new OwnerException("error.message.too-many", WAITING_LIMIT);
        }
        Instant now = clock.instant();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO owner_conversation (owner, category, subject, status, started_at, last_at)
                        VALUES (?, ?, ?, 'WAITING', ?, ?)""")
                .params(owner, category.name(), cleanSubject, Timestamp.from(now), Timestamp.from(now))
                .update(key, "id");
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        add(id, true, AuditLog.currentActor(), body, photo, now);
        return id;
    }

    /** The signed-in owner writes again; a closed conversation opens again. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public void reply(long conversationId, String text, @Nullable Photo photo) {
        Conversation conversation = ownConversation(conversationId);
        String body = checkedText(text);
        Instant now = clock.instant();
        add(conversation.id(), true, AuditLog.currentActor(), body, photo, now);
        jdbc.sql("UPDATE owner_conversation SET status = 'WAITING', last_at = ? WHERE id = ?")
                .params(Timestamp.from(now), conversation.id()).update();
    }

    /** The signed-in owner's conversations, the latest first, with the office's messages they have not opened. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<Conversation> own() {
        return jdbc.sql(CONVERSATION + " WHERE c.owner = :owner ORDER BY c.last_at DESC, c.id DESC")
                .param("fromOwner", false).param("owner", OwnerAccess.currentOwner()).query(this::conversationRow).list();
    }

    /** One of the signed-in owner's conversations, opened: the office's messages in it are read now. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public List<ConversationMessage> openOwn(long conversationId) {
        Conversation conversation = ownConversation(conversationId);
        markRead(conversation.id(), false);
        return messages(conversation.id());
    }

    /** The conversation, if it is the signed-in owner's. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public Conversation ownConversation(long conversationId) {
        return find(conversationId, false).filter(c -> c.ownerId() == OwnerAccess.currentOwner())
                .orElseThrow(() -> new OwnerException("error.message.not-found"));
    }

    /** A photo of one of the signed-in owner's conversations. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public Optional<Photo> ownPhoto(long messageId) {
        return photo(messageId).filter(found -> found.ownerId() == OwnerAccess.currentOwner()).map(FoundPhoto::photo);
    }

    /** How the signed-in owner is told of an answer (SMS unless they chose otherwise). */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public AnswerChannel answerChannel() {
        return channelOf(OwnerAccess.currentOwner());
    }

    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public void tellMeBy(AnswerChannel channel) {
        long owner = OwnerAccess.currentOwner();
        upserts.merge(jdbc.sql("""
                        MERGE INTO owner_answer_channel a USING (VALUES (CAST(? AS BIGINT))) AS n(owner) ON a.owner = n.owner
                        WHEN MATCHED THEN UPDATE SET channel = ?
                        WHEN NOT MATCHED THEN INSERT (owner, channel) VALUES (n.owner, ?)""")
                .params(owner, channel.name(), channel.name()));
    }

    // ------------------------------------------------------------------ the office's side

    /** The conversations waiting for an answer, the longest waiting first; then the others, the latest first. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<Conversation> inbox(boolean openOnly, int limit) {
        return jdbc.sql(CONVERSATION + (openOnly ? " WHERE c.status <> 'CLOSED'" : "")
                        + " ORDER BY CASE WHEN c.status = 'WAITING' THEN 0 ELSE 1 END,"
                        + " CASE WHEN c.status = 'WAITING' THEN c.last_at END, c.last_at DESC, c.id DESC LIMIT :limit")
                .param("fromOwner", true).param("limit", Math.min(limit, 1000)).query(this::conversationRow).list();
    }

    /** How many conversations wait for an answer. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public int waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM owner_conversation WHERE status = 'WAITING'").query(Integer.class).single();
    }

    /** A conversation as the office sees it. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public Conversation conversation(long conversationId) {
        return find(conversationId, true).orElseThrow(() -> new OwnerException("error.message.not-found"));
    }

    /** Opens a conversation in the office: the owner's messages in it are read now. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public List<ConversationMessage> open(long conversationId) {
        Conversation conversation = conversation(conversationId);
        markRead(conversation.id(), true);
        return messages(conversation.id());
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public Optional<Photo> photoForOffice(long messageId) {
        return photo(messageId).map(FoundPhoto::photo);
    }

    /** Gives the conversation to a colleague (null: to nobody). */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void assign(long conversationId, @Nullable String colleague) {
        conversation(conversationId);
        jdbc.sql("UPDATE owner_conversation SET assigned_to = ? WHERE id = ?").params(colleague, conversationId).update();
        audit.record(AuditAction.OWNER_MESSAGE_ASSIGNED, "conversation " + conversationId,
                colleague == null ? "nobody" : colleague);
    }

    /** Answers the owner, who is told as they chose, after the commit. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void answer(long conversationId, String text) {
        Conversation conversation = conversation(conversationId);
        String body = checkedText(text);
        Instant now = clock.instant();
        long message = add(conversation.id(), false, AuditLog.currentActor(), body, null, now);
        jdbc.sql("UPDATE owner_conversation SET status = 'ANSWERED', last_at = ?,"
                        + " assigned_to = COALESCE(assigned_to, ?) WHERE id = ?")
                .params(Timestamp.from(now), AuditLog.currentActor(), conversation.id()).update();
        markRead(conversation.id(), true);
        AnswerChannel channel = channelOf(conversation.ownerId());
        if (channel != AnswerChannel.NONE) {
            notices.tell(conversation.ownerId(), message, conversation.subject(), Channel.valueOf(channel.name()));
        }
        audit.record(AuditAction.OWNER_MESSAGE_ANSWERED, "conversation " + conversationId,
                RegistryService.ownerSubject(conversation.ownerId()) + ", told by " + channel);
    }

    /** Closes the conversation: nothing more to do, unless the owner writes again. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void close(long conversationId) {
        conversation(conversationId);
        jdbc.sql("UPDATE owner_conversation SET status = 'CLOSED' WHERE id = ?").param(conversationId).update();
        audit.record(AuditAction.OWNER_MESSAGE_CLOSED, "conversation " + conversationId, null);
    }

    // ------------------------------------------------------------------ shared

    /** The messages of a conversation, oldest first. */
    private List<ConversationMessage> messages(long conversationId) {
        return jdbc.sql(MESSAGE + " WHERE conversation = ? ORDER BY sent_at, id").param(conversationId)
                .query((rs, n) -> new ConversationMessage(rs.getLong("id"), rs.getLong("conversation"),
                        rs.getBoolean("from_owner"), rs.getString("author"), rs.getString("body"),
                        rs.getBoolean("has_photo"), rs.getTimestamp("sent_at").toInstant(), instant(rs, "read_at")))
                .list();
    }

    private long add(long conversationId, boolean fromOwner, String author, String body, @Nullable Photo photo,
            Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO owner_message (conversation, from_owner, author, body, photo, photo_type, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(conversationId, fromOwner, author, body, photo == null ? null : photo.bytes(),
                        photo == null ? null : photo.type(), Timestamp.from(at))
                .update(key, "id");
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The messages of the other side are read: by the office ({@code byOffice}) the owner's, else the office's. */
    private void markRead(long conversationId, boolean byOffice) {
        jdbc.sql("UPDATE owner_message SET read_at = ? WHERE conversation = ? AND from_owner = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), conversationId, byOffice).update();
    }

    private Optional<Conversation> find(long conversationId, boolean unreadFromOwner) {
        return jdbc.sql(CONVERSATION + " WHERE c.id = :id").param("fromOwner", unreadFromOwner).param("id", conversationId)
                .query(this::conversationRow).optional();
    }

    private record FoundPhoto(long ownerId, Photo photo) {
    }

    private Optional<FoundPhoto> photo(long messageId) {
        return jdbc.sql("""
                        SELECT c.owner, m.photo, m.photo_type FROM owner_message m
                        JOIN owner_conversation c ON c.id = m.conversation WHERE m.id = ? AND m.photo_type IS NOT NULL""")
                .param(messageId)
                .query((rs, n) -> new FoundPhoto(rs.getLong(1), new Photo(rs.getBytes(2), rs.getString(3)))).optional();
    }

    private AnswerChannel channelOf(long owner) {
        return jdbc.sql("SELECT channel FROM owner_answer_channel WHERE owner = ?").param(owner).query(String.class)
                .optional().map(AnswerChannel::valueOf).orElse(AnswerChannel.SMS);
    }

    private static String checkedText(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new OwnerException("error.message.text-required");
        }
        if (body.length() > TEXT_LIMIT) {
            throw new OwnerException("error.message.text-too-long", TEXT_LIMIT);
        }
        return body;
    }

    private Conversation conversationRow(ResultSet rs, int n) throws SQLException {
        long owner = rs.getLong("owner");
        var account = accounts.accounts(List.of(owner)).stream().findFirst().orElse(null);
        return new Conversation(rs.getLong("id"), owner, account == null ? "" : account.name(),
                account == null ? null : account.unit(), Conversation.Category.valueOf(rs.getString("category")),
                rs.getString("subject"), Conversation.Status.valueOf(rs.getString("status")),
                rs.getString("assigned_to"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("last_at").toInstant(), rs.getInt("unread"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
