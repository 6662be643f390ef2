package org.parkgate.base;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC writes table and column names unquoted, so each database folds them its own
 * way (HSQLDB to upper case, PostgreSQL to lower case) as it does for the migrations' plain SQL;
 * quoted, a name like {@code STAFF_USER_ROLE} would exist on one database only. Set before the
 * mapping context reads its first entity.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
            context.setForceQuote(false);
        }
        return bean;
    }
}
