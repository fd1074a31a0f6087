package org.jianbao.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The users of the service (table {@code app_user}), passwords as BCrypt hashes. */
@Component
public class UserAccounts {

    /** A user as stored. */
    public record Account(String username, String passwordHash, Role role) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    UserAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, password_hash, role from app_user where username = ?").param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("select username, password_hash, role from app_user order by username")
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .list();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** @throws IllegalArgumentException the name is taken or not a name */
    public void add(String username, String password, Role role) {
        if (username == null || !username.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            throw new IllegalArgumentException("user name '" + username + "': letters, digits and . _ @ - only");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("user " + username + " exists already (users passwd " + username + ")");
        }
        jdbc.sql("insert into app_user (username, password_hash, role, created_at) values (?, ?, ?, ?)")
                .params(username, encoder.encode(password), role.name(), LocalDateTime.now(clock)).update();
    }

    /** @throws IllegalArgumentException no such user */
    public void changePassword(String username, String password) {
        int changed = jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(encoder.encode(password), username).update();
        if (changed == 0) {
            throw new IllegalArgumentException("no user " + username);
        }
    }

    /** 18 random bytes, URL-safe: typed once from the log, then changed. */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
