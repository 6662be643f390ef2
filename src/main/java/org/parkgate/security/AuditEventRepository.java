package org.parkgate.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);
}
