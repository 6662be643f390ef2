package org.parkgate.security;

import org.springframework.data.repository.ListCrudRepository;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {
}
