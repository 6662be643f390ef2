package org.parkgate.registry;

import org.springframework.data.repository.ListCrudRepository;

interface OwnerRepository extends ListCrudRepository<Owner, Long> {
}
