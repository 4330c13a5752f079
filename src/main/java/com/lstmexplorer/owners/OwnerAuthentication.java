package com.lstmexplorer.owners;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request that carries an owner key: its principal is the {@link Owner}, the key itself is not kept. */
final class OwnerAuthentication extends AbstractAuthenticationToken {
    private final Owner owner;

    OwnerAuthentication(Owner owner) {
        super(List.of());
        this.owner = owner;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Owner getPrincipal() {
        return owner;
    }
}
