-- Where an audited action came from: the client address of the request (after the reverse
-- proxy's forwarded headers, when server.forward-headers-strategy is set), or of the sign-in that
-- began the session; NULL for what ParkGate does by itself. IPv6 text is at most 45 characters.
ALTER TABLE audit_event ADD COLUMN client VARCHAR(64);
