package org.qnet.members;

import org.qnet.testinfra.ServiceConventions;
import org.qnet.testinfra.TestInfra;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class MembersServiceIT extends ServiceConventions {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        TestInfra.register(registry, "members-conventions");
    }

    @Override
    protected String anApiPath() {
        return "/organisations";
    }
}
