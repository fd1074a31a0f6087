package org.jianbao.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;

/**
 * No default password anywhere: the first start of {@code serve} on a database without users creates {@code admin}
 * with the password in {@code JIANBAO_ADMIN_PASSWORD}, or a random one written once to the log.
 */
@Component
@Profile("serve")
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String givenPassword;

    FirstAdmin(UserAccounts accounts, @Value("${JIANBAO_ADMIN_PASSWORD:${jianbao.admin-password:}}") String givenPassword) {
        this.accounts = accounts;
        this.givenPassword = givenPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.any()) {
            return;
        }
        boolean random = givenPassword.isBlank();
        String password = random ? UserAccounts.randomPassword() : givenPassword;
        try {
            accounts.add("admin", password, Role.ADMIN);
        } catch (DuplicateKeyException | IllegalArgumentException e) {
            return; // another instance of a cluster created it a moment ago
        }
        if (random) {
            log.warn("First start: created user 'admin' with password {} — shown this once; change it with "
                    + "`jianbao users passwd admin`, add users with `jianbao users add NAME --role operator`", password);
        } else {
            log.info("First start: created user 'admin' with the password from JIANBAO_ADMIN_PASSWORD");
        }
    }
}
