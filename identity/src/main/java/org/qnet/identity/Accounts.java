package org.qnet.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts that can sign in, by username: the configured ones, and those provisioned for admitted
 * members (username = email). Passwords are kept only as hashes.
 */
public class Accounts implements UserDetailsService {

    private final Map<String, Account> configured = new ConcurrentHashMap<>();
    private final PasswordEncoder passwords;
    private final Memberships memberships;
    private final String provisionedPassword;

    public Accounts(PasswordEncoder passwords, Memberships memberships, String provisionedPassword) {
        this.passwords = passwords;
        this.memberships = memberships;
        this.provisionedPassword = provisionedPassword;
    }

    public void add(Account account) {
        configured.put(account.username(), new Account(account.username(), passwords.encode(account.password()),
                account.name(), account.email(), account.roles(), account.organisation(), null));
    }

    public Optional<Account> find(String username) {
        Account account = configured.get(username);
        if (account != null) {
            return Optional.of(memberships.ofEmail(account.email())
                    .map(membership -> account.asMember(membership.memberId()))
                    .orElse(account));
        }
        return memberships.ofEmail(username)
                .filter(membership -> membership.passwordHash() != null)
                .map(m -> new Account(m.email(), m.passwordHash(), m.name(), m.email(), List.of(Account.MEMBER), null,
                        m.memberId()));
    }

    /**
     * Gives an admitted member a sign-in: a configured account with their email becomes theirs,
     * otherwise an account is provisioned with the email as username.
     */
    public void admitted(String email, String memberId, String name) {
        boolean hasAccount = configured.values().stream().anyMatch(a -> a.email().equalsIgnoreCase(email));
        memberships.admit(email, memberId, name, hasAccount ? null : passwords.encode(provisionedPassword));
    }

    public void erased(String memberId) {
        memberships.erase(memberId);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return User.withUsername(account.username())
                .password(account.password())
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
