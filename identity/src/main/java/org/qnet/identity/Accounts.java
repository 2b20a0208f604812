package org.qnet.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts that can sign in, by username; passwords are kept only as hashes. */
public class Accounts implements UserDetailsService {

    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();
    private final PasswordEncoder passwords;

    public Accounts(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    public void add(Account account) {
        byUsername.put(account.username(), new Account(account.username(), passwords.encode(account.password()),
                account.name(), account.email(), account.roles(), account.organisation()));
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
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
