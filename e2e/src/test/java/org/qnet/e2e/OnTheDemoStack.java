package org.qnet.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.qnet.localstack.IssuerTokens;
import org.qnet.localstack.LocalStack;

/** A journey on the shared e2e stack with the demo data, signing in through its issuer. */
abstract class OnTheDemoStack {

    protected static LocalStack stack;
    protected static IssuerTokens issuer;

    @BeforeAll
    static void stack() {
        stack = E2eStack.get();
        issuer = new IssuerTokens(stack.issuerUri());
    }
}
