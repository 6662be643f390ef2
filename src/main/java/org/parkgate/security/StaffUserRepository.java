package org.parkgate.security;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    @Query("""
            SELECT COUNT(*) FROM STAFF_USER u JOIN STAFF_USER_ROLE r ON r.STAFF_USER = u.ID
            WHERE r.ROLE = 'ADMIN' AND u.ENABLED = TRUE""")
    long countActiveAdmins();
}
